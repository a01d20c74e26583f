import type { Page } from '@/payload-types'
import { AccessibilityStatement } from './AccessibilityStatement/Component'
import { CallToActionBlock } from './CallToAction/Component'
import { ContactBoxBlock } from './ContactBox/Component'
import type { BlockContext } from './context'
import { EventDetailsBlock } from './EventDetails/Component'
import { FormBlockComponent } from './Form/Component'
import { FundingNoticeBlock } from './FundingNotice/Component'
import { HeroBlock } from './Hero/Component'
import { Imprint } from './Imprint/Component'
import { PartnerGridBlock } from './PartnerGrid/Component'
import { ProgrammeBlock } from './Programme/Component'
import { RegistrationFormBlock } from './RegistrationForm/Component'
import { RichTextBlock } from './RichTextBlock/Component'
import { SignLanguageVideo } from './SignLanguageVideo/Component'

type LayoutBlock = NonNullable<Page['layout']>[number]

const renderBlock = (block: LayoutBlock, context: BlockContext) => {
  switch (block.blockType) {
    case 'hero':
      return <HeroBlock block={block} context={context} />
    case 'richText':
      return <RichTextBlock block={block} />
    case 'eventDetails':
      return <EventDetailsBlock block={block} context={context} />
    case 'programme':
      return <ProgrammeBlock block={block} context={context} />
    case 'callToAction':
      return <CallToActionBlock block={block} context={context} />
    case 'partnerGrid':
      return <PartnerGridBlock block={block} context={context} />
    case 'contactBox':
      return <ContactBoxBlock block={block} context={context} />
    case 'fundingNotice':
      return <FundingNoticeBlock block={block} context={context} />
    case 'registrationForm':
      return <RegistrationFormBlock block={block} context={context} />
    case 'formBlock':
      return <FormBlockComponent block={block} context={context} />
    case 'signLanguageVideo':
      return <SignLanguageVideo block={block} context={context} />
    case 'accessibilityStatement':
      return <AccessibilityStatement block={block} context={context} />
    case 'imprint':
      return <Imprint block={block} context={context} />
  }
}

/** A page's blocks in order; only a hero that opens the page carries the h1. */
export const RenderBlocks = ({
  blocks,
  context,
}: {
  blocks: LayoutBlock[]
  context: Omit<BlockContext, 'headingLevel'>
}) => (
  <>
    {blocks.map((block, index) => (
      <div key={block.id ?? index} className={`block block--${block.blockType}`}>
        {renderBlock(block, {
          ...context,
          headingLevel: index === 0 && block.blockType === 'hero' ? 1 : 2,
        })}
      </div>
    ))}
  </>
)

export const opensWithHero = (blocks: LayoutBlock[] | null | undefined) =>
  blocks?.[0]?.blockType === 'hero'
