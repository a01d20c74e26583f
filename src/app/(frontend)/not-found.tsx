import { eventsPath, partnersPath } from '@/lib/paths'
import { messages } from '@/messages/de'

const NotFound = () => (
  <article>
    <h1>{messages.notFoundTitle}</h1>
    <p>{messages.notFoundText}</p>
    <ul>
      <li>
        <a href="/">{messages.backHome}</a>
      </li>
      <li>
        <a href={eventsPath}>{messages.events}</a>
      </li>
      <li>
        <a href={partnersPath}>{messages.partners}</a>
      </li>
    </ul>
  </article>
)

export default NotFound
