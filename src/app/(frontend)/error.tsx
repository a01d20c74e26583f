'use client'

import { ErrorNotice } from '@/components/ErrorNotice'

/** Shown instead of a crash when a page cannot be built (e.g. the database is briefly away). */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => <ErrorNotice reset={reset} />

export default ErrorPage
