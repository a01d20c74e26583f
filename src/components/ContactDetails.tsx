import { messages } from '@/messages/de'
import type { Event, SiteSetting } from '@/payload-types'

type Contact = { name?: string | null; email?: string | null; phone?: string | null }

/** The event's own contact, or the office's from the site settings. */
export const contactFor = (event: Pick<Event, 'contact'> | null, settings: SiteSetting): Contact =>
  event?.contact && !event.contact.useOffice
    ? event.contact
    : {
        name: settings.office.contactPerson ?? settings.office.unit,
        email: settings.office.email,
        phone: settings.office.phone,
      }

export const ContactDetails = ({ contact }: { contact: Contact }) => (
  <address className="contact">
    {contact.name && (
      <>
        {contact.name}
        <br />
      </>
    )}
    {contact.email && (
      <>
        {messages.email}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        <br />
      </>
    )}
    {contact.phone && (
      <>
        {messages.phone}:{' '}
        <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
      </>
    )}
  </address>
)
