import type { Field } from 'payload'

import { isAdmin } from '@/access/roles'
import { defaultRetention, type RetentionSettings } from '@/domain/retention'

const days = (name: keyof RetentionSettings, de: string, description: string): Field => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  max: 3650,
  defaultValue: defaultRetention[name],
  label: { de, en: de },
  admin: { description: { de: description, en: description }, step: 1 },
})

/** Retention periods (DSGVO Art. 5 (1) e); the nightly job applies them. Only admins change them. */
export const retentionField: Field = {
  name: 'retention',
  type: 'group',
  label: { de: 'Speicherfristen', en: 'Retention periods' },
  access: { update: isAdmin },
  admin: {
    description: {
      de: 'Nach Ablauf löscht ein nächtlicher Auftrag die Personendaten; übrig bleiben nur anonyme Zahlen (Art, Veranstaltung, Personenzahl, Status, Datum).',
      en: 'A nightly job removes personal data afterwards, keeping anonymous counts.',
    },
  },
  fields: [
    days(
      'registrationDaysAfterEvent',
      'Anmeldungen: Tage nach der Veranstaltung',
      'Name, E-Mail, Organisation und Antworten werden so viele Tage nach dem Ende der Veranstaltung gelöscht.',
    ),
    days(
      'supportNeedsDaysAfterEvent',
      'Unterstützungsbedarf: Tage nach der Veranstaltung',
      'Angaben zu Barrierefreiheit oder Unterstützung können Gesundheitsdaten sein; 0 = am Tag nach der Veranstaltung.',
    ),
    days(
      'contactMessageDays',
      'Nachrichten (Fragen, Ideen): Tage nach Eingang',
      'Kontaktnachrichten werden so viele Tage nach Eingang gelöscht.',
    ),
    days(
      'partnershipDays',
      'Partnerschafts-Erklärungen: Tage nach Eingang',
      'Die Organisation selbst bleibt als Partnerorganisation eingetragen; die Einsendung wird gelöscht.',
    ),
  ],
}
