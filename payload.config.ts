import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { s3Storage } from '@payloadcms/storage-s3'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DataRequests } from '@/collections/DataRequests'
import { EventNotices } from '@/collections/EventNotices'
import { Events } from '@/collections/Events'
import { formFieldBlocks } from '@/collections/Forms/fieldBlocks'
import { formOverrides } from '@/collections/Forms'
import { formSubmissionOverrides } from '@/collections/FormSubmissions'
import { submissionRefusalLogLevels } from '@/collections/FormSubmissions/errors'
import { payloadLogger } from '@/lib/refusalLogging'
import { withoutBuilderMail } from '@/collections/FormSubmissions/withoutBuilderMail'
import { MailMessages } from '@/collections/MailMessages'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { Partners } from '@/collections/Partners'
import { RateLimitBuckets } from '@/collections/RateLimitBuckets'
import { Users } from '@/collections/Users'
import { isAdmin } from '@/access/roles'
import { readEnvironment } from '@/config/env'
import { projectPostgresAdapter } from '@/db/adapter'
import { addSharedCacheTagsTable } from '@/db/sharedCacheTagsTable'
import { answerFieldErrors } from '@/lib/answerFieldErrors'
import { answerInvalidValue } from '@/lib/answerInvalidValue'
import { answerUnfitOperator, withOperatorCheck } from '@/lib/queryOperators'
import { answerUnreadableBody } from '@/lib/answerUnreadableBody'
import { adminInGerman } from '@/config/adminInGerman'
import { adminTranslations, keepingAdminTranslations } from '@/config/adminTranslations'
import { officeName, officeShortName } from '@/config/office'
import { adminViewTitles } from '@/messages/adminViews'
import { answerUploadTooLarge, uploadOptions } from '@/config/uploads'
import { createMailTransport } from '@/email/transport'
import { withYesNoCells } from '@/fields/withYesNoCells'
import { SiteSettings } from '@/globals/SiteSettings/config'
import { mailQueue } from '@/email/outbox'
import { startOutboxTimer } from '@/email/outboxWorker'
import { cancelEventRegistrationsTask } from '@/jobs/cancelEventRegistrations'
import { retentionTask } from '@/jobs/retention'
import { queueNoticeMailsTask } from '@/jobs/queueNoticeMails'
import { sendMailTask } from '@/jobs/sendMail'
import { sendRemindersTask } from '@/jobs/sendReminders'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnvironment()
const runsJobsHere = () => process.env.NODE_ENV !== 'test'

export default buildConfig({
  secret: env.payloadSecret,
  telemetry: false,
  logger: payloadLogger,
  loggingLevels: submissionRefusalLogLevels,
  // Exactly the origin people (and the browser tests) open: the login cookie counts only for
  // requests from there (csrf), and only pages from there may read API answers (cors).
  serverURL: env.serverUrl,
  cors: [env.serverUrl],
  csrf: [env.serverUrl],
  admin: {
    user: Users.slug,
    // No Gravatar: the admin must not load images from third parties.
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: {
      // Payload puts a space before the suffix itself.
      titleSuffix: `– ${officeName}`,
      description: `Verwaltung der Website der ${officeName}`,
    },
    components: {
      beforeDashboard: [
        '@/components/admin/LaunchReadiness#LaunchReadiness',
        '@/components/admin/CoordinatorOverview#CoordinatorOverview',
      ],
      afterNavLinks: ['@/components/admin/CoordinatorNavLinks#CoordinatorNavLinks'],
      views: {
        participantList: {
          Component: '@/components/admin/ParticipantListView#ParticipantListView',
          path: '/teilnehmerliste/:eventId',
          // Without a title of its own the tab would say "Payload".
          meta: { title: adminViewTitles.participantList },
        },
        dataRequests: {
          Component: '@/components/admin/DataRequestView#DataRequestView',
          path: '/datenauskunft',
          meta: { title: adminViewTitles.dataRequests },
        },
        figures: {
          Component: '@/components/admin/FiguresView#FiguresView',
          path: '/auswertung',
        },
      },
      graphics: {
        Logo: '@/components/admin/Logo#Logo',
        Icon: '@/components/admin/Icon#Icon',
      },
    },
    dateFormat: 'dd.MM.yyyy, HH:mm',
    // Events happen in Ostprignitz-Ruppin: times are always entered and shown in Berlin time.
    timezones: {
      supportedTimezones: [{ label: 'Berlin', value: 'Europe/Berlin' }],
      defaultTimezone: 'Europe/Berlin',
    },
  },
  i18n: {
    fallbackLanguage: 'de',
    supportedLanguages: { de, en },
    translations: adminTranslations,
  },
  // Checkbox columns say "ja"/"nein"; the form builder's submissions have their own cell that does.
  collections: [
    Pages,
    Events,
    Partners,
    Media,
    Users,
    MailMessages,
    EventNotices,
    DataRequests,
    RateLimitBuckets,
  ].map(withYesNoCells),
  globals: [SiteSettings],
  upload: uploadOptions(env.mediaMaxUploadMb),
  hooks: {
    afterError: [
      answerUploadTooLarge(env.mediaMaxUploadMb),
      answerFieldErrors,
      answerUnreadableBody,
      answerInvalidValue,
      answerUnfitOperator,
    ],
  },
  jobs: {
    tasks: [
      sendMailTask,
      queueNoticeMailsTask,
      retentionTask,
      sendRemindersTask,
      cancelEventRegistrationsTask,
    ],
    // Running or queueing jobs over the API (e.g. a cron calling /api/payload-jobs/run): admins only.
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
    // The long-running server works the queues itself; tests run jobs explicitly instead.
    // Called when Payload starts its timers (a server, not `next build` or a script): the outbox
    // timer starts with them (every instance drains every 10 s, see outboxWorker.ts); mail is also
    // sent right after each form sent from the site (sendQueuedMailSoon). The mail queue holds
    // only a notice's fan-out into the outbox; all scheduled tasks are on the default queue, so
    // only its run schedules (two runs writing the schedule record at once would overwrite it).
    autoRun: (payload) => {
      startOutboxTimer(payload, runsJobsHere)
      return [
        { cron: '* * * * *', queue: 'default', limit: 10 },
        { cron: '*/10 * * * * *', queue: mailQueue, limit: 20, disableScheduling: true },
      ]
    },
    shouldAutoRun: runsJobsHere,
  },
  editor: keepingAdminTranslations(lexicalEditor()),
  db: projectPostgresAdapter({
    pool: {
      connectionString: env.databaseUrl,
      max: 10,
      // After a database restart nothing may wait forever: a request gets an error after
      // 10 s without a connection, and a transaction left idle (its request gone) is ended
      // by PostgreSQL after a minute, releasing its locks.
      connectionTimeoutMillis: 10_000,
      idle_in_transaction_session_timeout: 60_000,
    },
    // The schema comes only from committed migrations; never let dev mode push it.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    beforeSchemaInit: [addSharedCacheTagsTable],
  }),
  email: nodemailerAdapter({
    defaultFromAddress: env.mailFrom.address,
    defaultFromName: env.mailFrom.name,
    transport: createMailTransport(env, (line) => console.info(line)),
    // Reachability is checked by the start scripts with a clear message instead.
    skipVerify: true,
  }),
  // Nothing on the site or in the admin uses GraphQL, and one anonymous query with hundreds of
  // aliases (Payload's maxComplexity does not count them) kept the whole API waiting for seconds.
  // Off, together with its playground: /api/graphql is answered like any unknown API path (404).
  graphQL: { disable: true },
  plugins: [
    formBuilderPlugin({
      fields: formFieldBlocks,
      formOverrides,
      formSubmissionOverrides,
    }),
    withoutBuilderMail,
    seoPlugin({
      collections: [Pages.slug, Events.slug],
      uploadsCollection: Media.slug,
      tabbedUI: true,
      generateTitle: ({ doc }) => `${doc?.title ?? ''} – ${officeShortName}`,
      generateDescription: ({ doc }) => doc?.summary ?? '',
    }),
    s3Storage({
      // Off without S3_BUCKET (uploads then live in media/); its fields exist either way so the
      // database schema, and with it the migrations, never depend on where files are stored.
      enabled: Boolean(env.s3),
      alwaysInsertFields: true,
      collections: { media: true },
      bucket: env.s3?.bucket ?? '',
      config: {
        region: env.s3?.region,
        endpoint: env.s3?.endpoint,
        forcePathStyle: env.s3?.forcePathStyle,
        credentials: env.s3 && {
          accessKeyId: env.s3.accessKeyId,
          secretAccessKey: env.s3.secretAccessKey,
        },
      },
    }),
    // Last, so that they see every collection, also those the plugins above add.
    adminInGerman,
    withOperatorCheck,
  ],
  sharp,
  typescript: {
    // Generated on purpose with `npm run generate:types`; a test fails when the file is stale,
    // which only works if merely starting Payload never rewrites it.
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
