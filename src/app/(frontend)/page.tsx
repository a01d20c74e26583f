import { officeName } from '@/config/office'

const HomePage = () => (
  <>
    <h1>{officeName}</h1>
    <p>Die Website entsteht gerade. Die Verwaltung erreichen Sie unter /admin.</p>
  </>
)

export default HomePage
