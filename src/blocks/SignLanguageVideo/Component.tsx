import { formatDuration, formatFileSize, formatLabel } from '@/domain/media'
import type { Media, SignLanguageVideoBlock as VideoData } from '@/payload-types'
import type { BlockContext } from '../context'
import { Heading } from '@/components/Heading'

const loaded = (media: number | Media | null | undefined) =>
  media && typeof media === 'object' && media.url ? media : undefined

export const SignLanguageVideo = ({
  block,
  context,
}: {
  block: VideoData
  context: BlockContext
}) => {
  const video = loaded(block.video)
  const captions = loaded(block.captions)
  return (
    <figure className="sign-video">
      <Heading level={context.headingLevel}>{block.title}</Heading>
      {video ? (
        <>
          {/* captions come as an uploaded WebVTT file; without one the video has none */}
          <video controls preload="metadata" width={video.width ?? undefined}>
            <source src={video.url!} type={video.mimeType ?? undefined} />
            {captions && (
              <track kind="captions" src={captions.url!} srcLang="de" label="Deutsch" default />
            )}
          </video>
          <figcaption>
            <ul className="sign-video__facts">
              {video.duration ? <li>{`Dauer: ${formatDuration(video.duration)}`}</li> : null}
              {video.filesize ? <li>{`Größe: ${formatFileSize(video.filesize)}`}</li> : null}
              <li>
                <a href={video.url!} download>
                  {`Video herunterladen (${[formatLabel(video.mimeType), video.filesize ? formatFileSize(video.filesize) : ''].filter(Boolean).join(', ')})`}
                </a>
              </li>
              {captions && (
                <li>
                  <a href={captions.url!} download>
                    {`Untertitel herunterladen (${formatLabel(captions.mimeType)})`}
                  </a>
                </li>
              )}
            </ul>
          </figcaption>
        </>
      ) : (
        <p className="notice">{block.pendingNotice}</p>
      )}
    </figure>
  )
}
