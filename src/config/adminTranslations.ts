import { deepMergeSimple } from '@payloadcms/translations/utilities'
import type { Config, RichTextAdapterProvider } from 'payload'

type Translations = NonNullable<NonNullable<Config['i18n']>['translations']>

/**
 * The admin addresses everyone with "Sie". Payload's German (3.90.1) mixes "du" into it – and
 * imperatives like "Erstelle …" – so every such string is said again here, politely. Payload
 * merges these over its own (and over the plugins') per key; placeholders ({{label}}) and
 * numbered tags (<1>…</1>) must stay exactly as Payload's English has them.
 * tests/int/admin-german.test.ts fails when a new Payload version brings new du-forms.
 */
export const adminTranslations = {
  de: {
    authentication: {
      beginCreateFirstUser: 'Legen Sie zu Beginn das erste Benutzerkonto an.',
      checkYourEmailForPasswordReset:
        'Wenn die E-Mail-Adresse zu einem Benutzerkonto gehört, erhalten Sie in Kürze eine Anleitung zum Zurücksetzen Ihres Passworts. Bitte sehen Sie auch im Spam-Ordner nach, falls die E-Mail nicht im Posteingang ist.',
      forgotPasswordEmailInstructions:
        'Bitte geben Sie Ihre E-Mail-Adresse an. Sie erhalten dann eine E-Mail mit einer Anleitung zum Zurücksetzen Ihres Passworts.',
      forgotPasswordUsernameInstructions:
        'Bitte geben Sie Ihren Benutzernamen ein. Die Anleitung zum Zurücksetzen Ihres Passworts geht an die E-Mail-Adresse, die zu diesem Benutzernamen gehört.',
      generatingNewAPIKeyWillInvalidate:
        'Wenn Sie einen neuen API-Schlüssel erzeugen, wird der bisherige <1>ungültig</1>. Möchten Sie wirklich fortfahren?',
      loggedIn:
        'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
      loggedInChangePassword: 'Ihr Passwort ändern Sie in Ihrem <0>Benutzerkonto</0>.',
      loggedOutInactivity: 'Sie wurden wegen Inaktivität abgemeldet.',
      loggedOutSuccessfully: 'Sie wurden erfolgreich abgemeldet.',
      loginWithAnotherUser:
        'Um sich mit einem anderen Benutzerkonto anzumelden, müssen Sie sich zuerst <0>abmelden</0>.',
      newAccountCreated:
        'Auf <a href="{{serverURL}}">{{serverURL}}</a> wurde ein neues Konto für Sie angelegt. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um Ihre E-Mail-Adresse zu bestätigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Danach können Sie sich anmelden.',
      resetYourPassword: 'Passwort zurücksetzen',
      verifyYourEmail: 'E-Mail-Adresse bestätigen',
      youAreInactive:
        'Sie waren eine Weile inaktiv und werden zu Ihrer Sicherheit in Kürze abgemeldet. Möchten Sie angemeldet bleiben?',
      youAreReceivingResetPassword:
        'Sie erhalten diese Nachricht, weil Sie (oder jemand anderes) das Zurücksetzen des Passworts für Ihr Benutzerkonto angefordert haben. Bitte klicken Sie auf den folgenden Link oder kopieren Sie die Adresse in Ihren Browser, um fortzufahren:',
      youDidNotRequestPassword:
        'Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt unverändert.',
    },
    dashboard: {
      discardMessage:
        'Sie haben ungespeicherte Änderungen an der Anordnung der Übersicht. Möchten Sie diese wirklich verwerfen?',
      noItems:
        'Auf Ihrer Übersicht sind keine Widgets. Sie können welche über das Menü „Dashboard“ in der oberen Leiste hinzufügen.',
      searchWidgets: 'Widgets suchen …',
    },
    error: {
      deletingTitle:
        'Beim Löschen von {{title}} ist ein Problem aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      documentNotFound:
        'Das Dokument mit der ID {{id}} wurde nicht gefunden. Es wurde gelöscht, hat nie existiert, oder Sie haben keinen Zugriff darauf.',
      insufficientClipboardPermissions:
        'Zugriff auf die Zwischenablage verweigert. Bitte prüfen Sie die Berechtigungen.',
      notAllowedToAccessPage: 'Sie haben keine Berechtigung für diese Seite.',
      notAllowedToPerformAction: 'Sie haben keine Berechtigung für diese Aktion.',
      restoringTitle:
        'Beim Wiederherstellen von {{title}} ist ein Fehler aufgetreten. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      unauthorized: 'Nicht autorisiert – Sie müssen angemeldet sein, um diese Anfrage zu stellen.',
      unverifiedEmail: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, bevor Sie sich anmelden.',
    },
    fields: {
      chooseBetweenCustomTextOrDocument:
        'Geben Sie eine eigene URL ein oder verknüpfen Sie ein anderes Dokument.',
      chooseDocumentToLink: 'Bitte wählen Sie das Dokument, auf das verlinkt werden soll.',
    },
    folder: {
      folderTypeDescription:
        'Wählen Sie aus, welche Arten von Dokumenten in diesem Ordner erlaubt sind.',
      moveItemsToFolderConfirmation:
        'Sie sind dabei, <1>{{count}} {{label}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
      moveItemsToRootConfirmation:
        'Sie sind dabei, <1>{{count}} {{label}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
      moveItemToFolderConfirmation:
        'Sie sind dabei, <1>{{title}}</1> nach <2>{{toFolder}}</2> zu verschieben. Sind Sie sicher?',
      moveItemToRootConfirmation:
        'Sie sind dabei, <1>{{title}}</1> in den Hauptordner zu verschieben. Sind Sie sicher?',
    },
    general: {
      aboutToDelete: 'Sie sind dabei, {{label}} <1>{{title}}</1> zu löschen. Sind Sie sicher?',
      aboutToDeleteCount_many: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
      aboutToDeleteCount_one: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
      aboutToDeleteCount_other: 'Sie sind dabei, {{count}} {{label}} zu löschen.',
      aboutToPermanentlyDelete:
        'Sie sind dabei, {{label}} <1>{{title}}</1> endgültig zu löschen. Sind Sie sicher?',
      aboutToPermanentlyDeleteTrash:
        'Sie sind dabei, <0>{{count}}</0> <1>{{label}}</1> endgültig aus dem Papierkorb zu löschen. Sind Sie sicher?',
      aboutToRestore:
        'Sie sind dabei, {{label}} <1>{{title}}</1> wiederherzustellen. Sind Sie sicher?',
      aboutToRestoreAsDraft:
        'Sie sind dabei, {{label}} <1>{{title}}</1> als Entwurf wiederherzustellen. Sind Sie sicher?',
      aboutToRestoreAsDraftCount:
        'Sie sind dabei, {{count}} {{label}} als Entwurf wiederherzustellen.',
      aboutToRestoreCount: 'Sie sind dabei, {{count}} {{label}} wiederherzustellen.',
      aboutToTrash:
        'Sie sind dabei, {{label}} <1>{{title}}</1> in den Papierkorb zu verschieben. Sind Sie sicher?',
      aboutToTrashCount: 'Sie sind dabei, {{count}} {{label}} in den Papierkorb zu verschieben.',
      changesNotSaved:
        'Ihre Änderungen wurden nicht gespeichert. Wenn Sie diese Seite verlassen, gehen sie verloren.',
      copyWarning:
        'Sie sind dabei, {{to}} mit {{from}} für {{label}} {{title}} zu überschreiben. Sind Sie sicher?',
      creating: 'Wird erstellt',
      creatingNewLabel: '{{label}} erstellen',
      currentlyEditing:
        'bearbeitet gerade dieses Dokument. Wenn Sie übernehmen, wird die andere Bearbeitung gesperrt, und nicht gespeicherte Änderungen können verloren gehen.',
      documentOutOfDate:
        'Dieses Dokument wurde gerade von jemand anderem geändert. Ihre Ansicht ist nicht mehr aktuell.',
      enterAValue: 'Wert eingeben',
      moveConfirm:
        'Sie sind dabei, {{count}} {{label}} nach <1>{{destination}}</1> zu verschieben. Sind Sie sicher?',
      searchBy: 'Nach {{label}} suchen',
      sorryNotFound: 'Leider wurde nichts gefunden, was zu Ihrer Anfrage passt.',
      unsavedChanges:
        'Sie haben ungespeicherte Änderungen. Bitte speichern oder verwerfen Sie sie, bevor Sie fortfahren.',
      unsavedChangesDuplicate:
        'Sie haben ungespeicherte Änderungen. Möchten Sie trotzdem duplizieren?',
    },
    upload: {
      cropToolDescription:
        'Ziehen Sie an den Ecken des ausgewählten Bereichs, zeichnen Sie einen neuen Bereich oder passen Sie die Werte unten an.',
      focalPointDescription:
        'Setzen Sie den Fokuspunkt direkt in der Vorschau oder passen Sie die Werte unten an.',
    },
    validation: {
      emailAddress: 'Bitte geben Sie eine gültige E-Mail-Adresse an.',
      enterNumber: 'Bitte geben Sie eine gültige Zahl an.',
      username:
        'Bitte geben Sie einen gültigen Benutzernamen ein. Er darf Buchstaben, Ziffern, Bindestriche, Punkte und Unterstriche enthalten.',
    },
    version: {
      aboutToPublishSelection:
        'Sie sind dabei, alle ausgewählten {{label}} zu veröffentlichen. Sind Sie sicher?',
      aboutToRestore: 'Sie sind dabei, {{label}} auf den Stand vom {{versionDate}} zurückzusetzen.',
      aboutToRestoreGlobal:
        'Sie sind dabei, {{label}} auf den Stand vom {{versionDate}} zurückzusetzen.',
      aboutToRevertToPublished:
        'Sie sind dabei, dieses Dokument auf die veröffentlichte Fassung zurückzusetzen. Sind Sie sicher?',
      aboutToUnpublish: 'Sie sind dabei, dieses Dokument auf Entwurf zu setzen. Sind Sie sicher?',
      aboutToUnpublishIn:
        'Sie sind dabei, die Veröffentlichung dieses Dokuments in {{locale}} aufzuheben. Sind Sie sicher?',
      aboutToUnpublishSelection:
        'Sie sind dabei, die Veröffentlichung aller ausgewählten {{label}} aufzuheben. Sind Sie sicher?',
    },
    // The form builder's German is machine-made in places ("Etikett", "Funkfelder"); these are the
    // names editors meet when building a form.
    'plugin-form-builder': {
      checkboxPlural: 'Ankreuzfelder',
      checkboxSingular: 'Ankreuzfeld',
      condition: 'Bedingung',
      confirmationType: 'Art der Bestätigung',
      label: 'Beschriftung',
      numberSingular: 'Zahl',
      radioPlural: 'Optionsfelder',
      radioSingular: 'Optionsfeld',
      selectOptions: 'Auswahlmöglichkeiten',
      selectPlural: 'Auswahlfelder',
      selectSingular: 'Auswahl',
      statePlural: 'Bundeslandfelder',
      stateSingular: 'Bundesland',
      textareaPlural: 'Mehrzeilige Textfelder',
      textareaSingular: 'Mehrzeiliger Text',
      uploadCollection: 'Sammlung für hochgeladene Dateien',
      uploadFieldPlural: 'Datei-Felder',
      uploadFieldSingular: 'Datei',
    },
    lexical: {
      general: {
        placeholder: 'Text eingeben oder „/“ für Befehle drücken …',
      },
    },
  },
} satisfies Translations

/**
 * Lexical merges its own German over `config.i18n.translations` while the editor is set up (after
 * the config's own translations, 3.90.1), which would undo ours for its strings; they go on top again.
 */
export const keepingAdminTranslations =
  <Provider extends (args: Parameters<RichTextAdapterProvider>[0]) => unknown>(editor: Provider) =>
  async (args: Parameters<Provider>[0]): Promise<Awaited<ReturnType<Provider>>> => {
    const adapter = (await editor(args)) as Awaited<ReturnType<Provider>>
    args.config.i18n.translations = deepMergeSimple(
      args.config.i18n.translations ?? {},
      adminTranslations,
    )
    return adapter
  }
