import type { Media } from '@/payload-types'

type Props = { media?: number | Media | null; className?: string; eager?: boolean }

/** An uploaded image with its required alternative text; nothing when it is not loaded. */
export const MediaImage = ({ media, className, eager = false }: Props) => {
  if (!media || typeof media === 'number' || !media.url) return null
  return (
    // Plain <img>: uploads may live on S3, and next/image would need its host configured.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={media.url}
      alt={media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
