/** Text typed with line breaks in the admin (an address), shown with those breaks. */
export const TextLines = ({ text }: { text: string }) =>
  text.split('\n').map((line, i) => (
    <span key={i}>
      {i > 0 && <br />}
      {line}
    </span>
  ))
