import { AccessibilityStatementBlock } from './AccessibilityStatement/config'
import { CallToActionBlock } from './CallToAction/config'
import { ContactBoxBlock } from './ContactBox/config'
import { EventDetailsBlock } from './EventDetails/config'
import { FormBlock } from './Form/config'
import { FundingNoticeBlock } from './FundingNotice/config'
import { HeroBlock } from './Hero/config'
import { ImprintBlock } from './Imprint/config'
import { PartnerGridBlock } from './PartnerGrid/config'
import { ProgrammeBlock } from './Programme/config'
import { RegistrationFormBlock } from './RegistrationForm/config'
import { RichTextBlock } from './RichTextBlock/config'
import { SignLanguageVideoBlock } from './SignLanguageVideo/config'

/** Every block editors can place on a page, in the order the block picker shows them. */
export const pageBlocks = [
  HeroBlock,
  RichTextBlock,
  EventDetailsBlock,
  ProgrammeBlock,
  CallToActionBlock,
  PartnerGridBlock,
  ContactBoxBlock,
  FundingNoticeBlock,
  RegistrationFormBlock,
  FormBlock,
  SignLanguageVideoBlock,
  AccessibilityStatementBlock,
  ImprintBlock,
]
