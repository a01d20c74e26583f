import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { YesNoCell as YesNoCell_93cbdbe04b9517ce5a0059dffb93f803 } from '@/components/admin/YesNoCell'
import { ReminderTimeNote as ReminderTimeNote_ea0af5cd6698d1093c75823bfe8250a6 } from '@/components/admin/ReminderTimeNote'
import { WriteToRegistrantsLink as WriteToRegistrantsLink_1a237c2a4ac2dce1b6c4d97242c91b71 } from '@/components/admin/WriteToRegistrantsLink'
import { EventPublishButton as EventPublishButton_2c9ef8c86eaea1664b10538aba8b4c0e } from '@/components/admin/EventPublishButton'
import { NoticeDeliveryStatus as NoticeDeliveryStatus_8fafa9e72281bdace20fdff5d2a7ef8d } from '@/components/admin/NoticeDeliveryStatus'
import { NoticeComposer as NoticeComposer_69113bbe8f0c81461c9b54ae3479af95 } from '@/components/admin/NoticeComposer'
import { SubmissionCell as SubmissionCell_7c219cd62c168249f3eb591f63565f9e } from '@/components/admin/SubmissionCell'
import { SubmissionAnswers as SubmissionAnswers_ad08c5e097fd643adf9147e22af0f30b } from '@/components/admin/SubmissionAnswers'
import { SubmissionConsents as SubmissionConsents_81528206347b35531b447f010f0487db } from '@/components/admin/SubmissionConsents'
import { PartnerDraftButton as PartnerDraftButton_777e7b124b054b5660d4892199c912f4 } from '@/components/admin/PartnerDraftButton'
import { SubmissionHistory as SubmissionHistory_06ec849af0d56a9c7486d57aab5dfd05 } from '@/components/admin/SubmissionHistory'
import { SubmissionListTools as SubmissionListTools_802e42ed941192b7606e1015f129156c } from '@/components/admin/SubmissionListTools'
import { Icon as Icon_534076e2c753ea5d539a54b05f456b1b } from '@/components/admin/Icon'
import { Logo as Logo_a44df17d0fc3dcd873dae43dc3bf66bd } from '@/components/admin/Logo'
import { CoordinatorNavLinks as CoordinatorNavLinks_bd5d331cf7cd4939827a793b0fdac262 } from '@/components/admin/CoordinatorNavLinks'
import { LaunchReadiness as LaunchReadiness_01dfe2fb4d4fb9d06648c0569d8a0676 } from '@/components/admin/LaunchReadiness'
import { CoordinatorOverview as CoordinatorOverview_3e016bf109562f18d06eea5d2cf64711 } from '@/components/admin/CoordinatorOverview'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ParticipantListView as ParticipantListView_19cfe95f1bade3db7d2b8da28fc93002 } from '@/components/admin/ParticipantListView'
import { DataRequestView as DataRequestView_71a5e80ef6e5c51719b4f052f22a9800 } from '@/components/admin/DataRequestView'
import { FiguresView as FiguresView_9431d73d0d955f93d66b0eddfdee4ba5 } from '@/components/admin/FiguresView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/components/admin/YesNoCell#YesNoCell": YesNoCell_93cbdbe04b9517ce5a0059dffb93f803,
  "@/components/admin/ReminderTimeNote#ReminderTimeNote": ReminderTimeNote_ea0af5cd6698d1093c75823bfe8250a6,
  "@/components/admin/WriteToRegistrantsLink#WriteToRegistrantsLink": WriteToRegistrantsLink_1a237c2a4ac2dce1b6c4d97242c91b71,
  "@/components/admin/EventPublishButton#EventPublishButton": EventPublishButton_2c9ef8c86eaea1664b10538aba8b4c0e,
  "@/components/admin/NoticeDeliveryStatus#NoticeDeliveryStatus": NoticeDeliveryStatus_8fafa9e72281bdace20fdff5d2a7ef8d,
  "@/components/admin/NoticeComposer#NoticeComposer": NoticeComposer_69113bbe8f0c81461c9b54ae3479af95,
  "@/components/admin/SubmissionCell#SubmissionCell": SubmissionCell_7c219cd62c168249f3eb591f63565f9e,
  "@/components/admin/SubmissionAnswers#SubmissionAnswers": SubmissionAnswers_ad08c5e097fd643adf9147e22af0f30b,
  "@/components/admin/SubmissionConsents#SubmissionConsents": SubmissionConsents_81528206347b35531b447f010f0487db,
  "@/components/admin/PartnerDraftButton#PartnerDraftButton": PartnerDraftButton_777e7b124b054b5660d4892199c912f4,
  "@/components/admin/SubmissionHistory#SubmissionHistory": SubmissionHistory_06ec849af0d56a9c7486d57aab5dfd05,
  "@/components/admin/SubmissionListTools#SubmissionListTools": SubmissionListTools_802e42ed941192b7606e1015f129156c,
  "@/components/admin/Icon#Icon": Icon_534076e2c753ea5d539a54b05f456b1b,
  "@/components/admin/Logo#Logo": Logo_a44df17d0fc3dcd873dae43dc3bf66bd,
  "@/components/admin/CoordinatorNavLinks#CoordinatorNavLinks": CoordinatorNavLinks_bd5d331cf7cd4939827a793b0fdac262,
  "@/components/admin/LaunchReadiness#LaunchReadiness": LaunchReadiness_01dfe2fb4d4fb9d06648c0569d8a0676,
  "@/components/admin/CoordinatorOverview#CoordinatorOverview": CoordinatorOverview_3e016bf109562f18d06eea5d2cf64711,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/ParticipantListView#ParticipantListView": ParticipantListView_19cfe95f1bade3db7d2b8da28fc93002,
  "@/components/admin/DataRequestView#DataRequestView": DataRequestView_71a5e80ef6e5c51719b4f052f22a9800,
  "@/components/admin/FiguresView#FiguresView": FiguresView_9431d73d0d955f93d66b0eddfdee4ba5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
