import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import {
  municipalities,
  partnerCategories,
  registrationMunicipalities,
  registrationOrganisationKinds,
} from '@/domain/partnerCategories'
import { markdownToRichText } from '../markdown'

type FormData = RequiredDataFromCollectionSlug<'forms'>

const optional = '(freiwillig, jederzeit widerrufbar)'
/** Says truthfully what the two category questions are for (see the Datenschutz page). */
const forFigures =
  '(freiwillig; fließt ohne Ihren Namen in unsere Teilnahmezahlen für den Fördermittelgeber ein)'

/** "Bitte senden Sie uns eine kurze Anmeldung …": the letter's request, as a form. */
export const registrationFormData = async (payload: Payload): Promise<FormData> => ({
  title: 'Anmeldung zur Auftaktkonferenz',
  kind: 'registration',
  submitButtonLabel: 'Verbindlich anmelden',
  confirmationType: 'message',
  confirmationMessage: await markdownToRichText(payload, 'Wir freuen uns auf Sie!'),
  fields: [
    { blockType: 'text', name: 'name', label: 'Vor- und Nachname', required: true, column: 'name' },
    {
      blockType: 'text',
      name: 'organisation',
      label: 'Organisation oder Einrichtung',
      column: 'organisation',
    },
    { blockType: 'email', name: 'email', label: 'E-Mail-Adresse', required: true, column: 'email' },
    {
      blockType: 'number',
      name: 'persons',
      label: 'Anzahl der Personen (1 bis 5)',
      required: true,
      defaultValue: 1,
      min: 1,
      max: 5,
      column: 'persons',
    },
    {
      blockType: 'select',
      name: 'municipality',
      label: `Aus welcher Kommune oder welchem Amt kommen Sie? ${forFigures}`,
      column: 'municipality',
      options: registrationMunicipalities.map((name) => ({ label: name, value: name })),
    },
    {
      blockType: 'select',
      name: 'organisationKind',
      label: `Für welche Art von Organisation kommen Sie? ${forFigures}`,
      column: 'organisationKind',
      options: registrationOrganisationKinds.map(({ value, label }) => ({ label, value })),
    },
    {
      blockType: 'textarea',
      name: 'supportNeeds',
      label:
        'Brauchen Sie etwas, um gut teilnehmen zu können? Zum Beispiel Gebärdensprach-Dolmetschung, einen stufenlosen Zugang oder Unterlagen in Leichter Sprache (freiwillig; wird nach der Veranstaltung gelöscht)',
      column: 'supportNeeds',
    },
    {
      blockType: 'checkbox',
      name: 'photos',
      label: `Ich bin einverstanden, dass Fotos, auf denen ich zu sehen bin, für die Öffentlichkeitsarbeit der Partnerschaft für Demokratie genutzt werden ${optional}.`,
      consentPurpose: 'photos',
    },
    {
      blockType: 'checkbox',
      name: 'newsletter',
      label: `Ich möchte weitere Informationen der Partnerschaft für Demokratie per E-Mail erhalten ${optional}.`,
      consentPurpose: 'newsletter',
    },
  ],
})

/** "Wir laden Sie herzlich ein, Kooperationspartner:in im „Bündnis für OPR“ zu werden." */
export const partnershipFormData = async (payload: Payload): Promise<FormData> => ({
  title: 'Kooperationspartner:in werden',
  kind: 'partnership',
  submitButtonLabel: 'Erklärung absenden',
  confirmationType: 'message',
  confirmationMessage: await markdownToRichText(
    payload,
    'Schön, dass Sie das „Bündnis für OPR“ mittragen wollen. Wir melden uns, um alles Weitere zu besprechen.',
  ),
  receiptMail: {
    subject: 'Ihre Erklärung zur Kooperationspartnerschaft ist angekommen',
    text: 'Guten Tag {{name}},\n\nvielen Dank für Ihre Erklärung zur Kooperationspartnerschaft im „Bündnis für OPR“. Wir melden uns bei Ihnen, um alles Weitere zu besprechen.',
  },
  fields: [
    {
      blockType: 'text',
      name: 'organisation',
      label: 'Organisation',
      required: true,
      column: 'organisation',
    },
    {
      blockType: 'text',
      name: 'contactPerson',
      label: 'Ansprechperson',
      required: true,
      column: 'name',
    },
    { blockType: 'email', name: 'email', label: 'E-Mail-Adresse', required: true, column: 'email' },
    { blockType: 'text', name: 'phone', label: 'Telefon', column: 'phone' },
    {
      blockType: 'select',
      name: 'municipality',
      label: 'Kommune',
      required: true,
      column: 'municipality',
      options: municipalities.map((name) => ({ label: name, value: name })),
    },
    {
      blockType: 'select',
      name: 'fieldOfWork',
      label: 'Arbeitsfeld',
      required: true,
      options: partnerCategories.map(({ label }) => ({ label, value: label })),
    },
    {
      blockType: 'textarea',
      name: 'contribution',
      label: 'Was möchten Sie in das Bündnis einbringen?',
      column: 'message',
    },
    {
      blockType: 'checkbox',
      name: 'publicListing',
      label: `Unsere Organisation darf auf dieser Website als Kooperationspartner:in im „Bündnis für OPR“ genannt werden ${optional}.`,
      consentPurpose: 'publicListing',
    },
  ],
})

/** "Wenn Sie Fragen, Ideen oder Anregungen dazu haben, melden Sie sich gerne." */
export const contactFormData = async (payload: Payload): Promise<FormData> => ({
  title: 'Fragen, Ideen, Anregungen',
  kind: 'contact',
  submitButtonLabel: 'Nachricht senden',
  confirmationType: 'message',
  confirmationMessage: await markdownToRichText(
    payload,
    'Wir freuen uns auf den Austausch mit Ihnen.',
  ),
  fields: [
    { blockType: 'text', name: 'name', label: 'Name (freiwillig)', column: 'name' },
    {
      blockType: 'email',
      name: 'email',
      label: 'E-Mail-Adresse für unsere Antwort',
      required: true,
      column: 'email',
    },
    {
      blockType: 'textarea',
      name: 'message',
      label: 'Ihre Nachricht',
      required: true,
      column: 'message',
    },
  ],
})

/** The BbgBITV feedback mechanism: anyone can report a barrier and gets an answer within 30 days. */
export const barrierFormData = async (payload: Payload): Promise<FormData> => ({
  title: 'Barriere melden',
  kind: 'barrier',
  submitButtonLabel: 'Barriere melden',
  confirmationType: 'message',
  confirmationMessage: await markdownToRichText(
    payload,
    'Vielen Dank für Ihren Hinweis. Sie erhalten eine Eingangsbestätigung per E-Mail; wir antworten Ihnen spätestens innerhalb von 30 Tagen.',
  ),
  receiptMail: {
    subject: 'Ihre Meldung einer Barriere ist eingegangen',
    text: 'Guten Tag {{name}},\n\nvielen Dank, dass Sie uns auf eine Barriere auf unserer Website hingewiesen haben. Wir prüfen Ihren Hinweis und antworten Ihnen spätestens bis zum {{faelligBis}}.',
  },
  fields: [
    {
      blockType: 'text',
      name: 'page',
      label: 'Auf welcher Seite oder bei welchem Inhalt ist die Barriere?',
      required: true,
      column: 'pageReference',
    },
    {
      blockType: 'textarea',
      name: 'message',
      label: 'Was ist passiert? Beschreiben Sie die Barriere',
      required: true,
      column: 'message',
    },
    { blockType: 'text', name: 'name', label: 'Name (freiwillig)', column: 'name' },
    {
      blockType: 'email',
      name: 'email',
      label: 'E-Mail-Adresse für unsere Antwort',
      required: true,
      column: 'email',
    },
  ],
})
