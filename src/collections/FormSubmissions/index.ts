import type { PluginConfig } from '@payloadcms/plugin-form-builder/types'
import type { Field } from 'payload'

import { isCoordinatorOrAdmin, visitorOrCoordinatorOrAdmin } from '@/access/roles'
import {
  checkInFields,
  consentsField,
  internalNoteField,
  lifecycleFields,
  partnerDraftField,
  serverWritten,
  statusHistoryField,
  submissionColumnFields,
} from './fields'
import { createPartnerDraftEndpoint } from './endpoints/createPartnerDraft'
import { exportSubmissions } from './endpoints/exportSubmissions'
import { figuresCsv } from './endpoints/figuresCsv'
import {
  answerDuplicateNeutrally,
  answerFailureInGerman,
  answerNewSubmissionNeutrally,
} from './hooks/answerPublicNeutrally'
import { receivedAtField, withSubmissionCells } from './listCells'
import { officeCancellationFields } from './officeCancellation'
import { overCapacityFields } from './overCapacity'
import { applyOfficeCancellation } from './hooks/applyOfficeCancellation'
import { applyRegistrationRules } from './hooks/applyRegistrationRules'
import { deriveSubmissionColumns } from './hooks/deriveSubmissionColumns'
import { dropSpamCheckFields } from './hooks/dropSpamCheckFields'
import { guardPublicSubmission } from './hooks/guardPublicSubmission'
import { limitPublicSubmissions } from './hooks/limitPublicSubmissions'
import { promoteAfterDelete, promoteAfterStatusChange } from './hooks/promoteAfterRelease'
import { lockSeatsBeforeDelete } from './hooks/lockSeatsBeforeDelete'
import { queueSubmissionMails } from './hooks/queueSubmissionMails'
import { recordCheckIn } from './hooks/recordCheckIn'
import { recordContactCorrection } from './hooks/recordContactCorrection'
import { recordStatusHistory } from './hooks/recordStatusHistory'
import { settleSeatDecision } from './hooks/settleSeatDecision'
import { revalidateSeatsAfterChange, revalidateSeatsAfterDelete } from './hooks/revalidateSeatCount'
import { unlistPartnerAfterWithdrawal } from './hooks/unlistPartnerAfterWithdrawal'

const readOnlyAnswers = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field && (field.name === 'submissionData' || field.name === 'form')
      ? ({
          ...field,
          label:
            field.name === 'form'
              ? { de: 'Formular', en: 'Form' }
              : { de: 'Alle Antworten', en: 'All answers' },
          admin: {
            ...field.admin,
            readOnly: true,
            ...(field.name === 'submissionData'
              ? { components: { Field: '@/components/admin/SubmissionAnswers#SubmissionAnswers' } }
              : {}),
          },
          // The form is fixed on arrival: it decided which answers and seat rules applied. The
          // answers change only with a recorded correction (`recordContactCorrection`).
          access: serverWritten,
          // The form builder's check that the form exists reads the whole form once more, while
          // the event's seats are locked; `deriveSubmissionColumns` has read it already (and the
          // foreign key guards it), so Payload's plain relationship check is enough.
          ...(field.name === 'form' ? { validate: undefined } : {}),
        } as Field)
      : field,
  )

/**
 * Overrides for the form builder's `form-submissions`: typed columns, registration rules, status
 * history and the outbox. The public may create (through every guard) but never read or change;
 * coordinators may create too, under the same seat rules; editors create none.
 */
export const formSubmissionOverrides: PluginConfig['formSubmissionOverrides'] = {
  labels: {
    singular: { de: 'Einsendung', en: 'Submission' },
    plural: { de: 'Einsendungen', en: 'Submissions' },
  },
  admin: {
    group: { de: 'Formulare', en: 'Forms' },
    useAsTitle: 'email',
    // All kinds at once; the lists per kind (kindLists.ts) bring their own columns.
    defaultColumns: ['createdAt', 'kind', 'name', 'email', 'event', 'status'],
    listSearchableFields: ['name', 'email', 'organisation'],
    components: { beforeListTable: ['@/components/admin/SubmissionListTools#SubmissionListTools'] },
    description: {
      de: 'Anmeldungen, Partnerschafts-Erklärungen, Nachrichten und Barriere-Meldungen aus den Formularen der Website.',
      en: 'Registrations, partnership declarations, messages and barrier reports from the site’s forms.',
    },
  },
  access: {
    create: visitorOrCoordinatorOrAdmin,
    read: isCoordinatorOrAdmin,
    update: isCoordinatorOrAdmin,
    delete: isCoordinatorOrAdmin,
  },
  defaultSort: '-createdAt',
  endpoints: [exportSubmissions, figuresCsv, createPartnerDraftEndpoint],
  // The seat count reads confirmed registrations of one event; the list filters by these.
  indexes: [{ fields: ['event', 'status'] }],
  fields: ({ defaultFields }) =>
    withSubmissionCells([
      ...submissionColumnFields,
      ...readOnlyAnswers(defaultFields),
      consentsField,
      internalNoteField,
      partnerDraftField,
      statusHistoryField,
      ...overCapacityFields,
      ...officeCancellationFields,
      ...checkInFields,
      ...lifecycleFields,
      receivedAtField,
    ]),
  hooks: {
    beforeOperation: [guardPublicSubmission],
    beforeValidate: [dropSpamCheckFields, deriveSubmissionColumns, limitPublicSubmissions],
    beforeChange: [
      applyRegistrationRules,
      applyOfficeCancellation,
      recordStatusHistory,
      recordContactCorrection,
      recordCheckIn,
    ],
    afterChange: [
      queueSubmissionMails,
      settleSeatDecision,
      promoteAfterStatusChange,
      revalidateSeatsAfterChange,
      unlistPartnerAfterWithdrawal,
    ],
    beforeDelete: [lockSeatsBeforeDelete],
    afterDelete: [promoteAfterDelete, revalidateSeatsAfterDelete],
    afterOperation: [answerNewSubmissionNeutrally],
    afterError: [answerDuplicateNeutrally, answerFailureInGerman],
  },
}
