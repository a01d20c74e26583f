import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { emailAddress } from '@/domain/forms/answerRules'
import { checkAnswer, checkAnswers } from '@/domain/forms/browserChecks'
import type { FormFieldDefinition } from '@/domain/forms/definition'
import { validateAnswers } from '@/domain/forms/validate'

const fields: FormFieldDefinition[] = [
  { blockType: 'text', name: 'name', label: 'Vor- und Nachname', required: true, column: 'name' },
  { blockType: 'text', name: 'website', label: 'Website' },
  { blockType: 'email', name: 'email', label: 'E-Mail-Adresse', required: true },
  { blockType: 'number', name: 'persons', label: 'Personen', required: true, min: 1, max: 5 },
  { blockType: 'number', name: 'guests', label: 'Gäste' },
  { blockType: 'textarea', name: 'message', label: 'Nachricht' },
  {
    blockType: 'select',
    name: 'municipality',
    label: 'Kommune',
    required: true,
    options: [{ label: 'Neuruppin', value: 'Neuruppin' }],
  },
  { blockType: 'checkbox', name: 'terms', label: 'Bedingungen', required: true },
  { blockType: 'checkbox', name: 'photos', label: 'Fotos', consentPurpose: 'photos' },
]

// What a browser's form can send: strings, or nothing for an unticked box or an empty number.
const answers = [
  undefined,
  '',
  '   ',
  'Zoë Müller-Łukasiewicz',
  'Dr. A. Beispiel-Müller',
  'zoe@beispiel.de',
  'keine-adresse',
  'a@b',
  'Neuruppin',
  'Berlin',
  'on',
  'maybe',
  '0',
  '3',
  '6',
  '2.5',
  '1e3',
  ' 4 ',
  'Zeile 1\nZeile 2',
  'Max\r\nBcc: x@y.de',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '3 < 4',
  'https://evil.example/login',
  'evil.example/login',
  'Eve\u202Egnp.exe',
  'bad \uD800 surrogate',
  'null\u0000byte',
  'Ma' + '\u0301\u0316'.repeat(10),
  'x'.repeat(201),
  'y'.repeat(5001),
  'z'.repeat(100_000),
]

const serverSays = (field: FormFieldDefinition, answer: string | undefined) => {
  const result = validateAnswers([field], { [field.name]: answer })
  return result.ok ? undefined : result.errors[0]?.message
}

describe('checks in the browser', () => {
  it.each(fields.map((field) => [field.blockType, field.name, field] as const))(
    'say what the server says for a %s field (%s), word for word',
    (_, __, field) => {
      for (const answer of answers)
        expect(checkAnswer(field, answer), JSON.stringify(answer)).toBe(serverSays(field, answer))
    },
  )

  it('name each field with a problem once, in the form’s order', () => {
    expect(checkAnswers(fields, { name: 'Zoë', email: 'x', persons: '2', terms: 'on' })).toEqual([
      {
        field: 'email',
        message:
          'Bitte geben Sie bei „E-Mail-Adresse“ eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
      },
      {
        field: 'municipality',
        message: 'Bitte füllen Sie das Feld „Kommune“ aus.',
      },
    ])
  })

  it('accept what the server accepts', () => {
    expect(
      checkAnswers(fields, {
        name: 'Zoë',
        email: 'zoe@beispiel.de',
        persons: '2',
        municipality: 'Neuruppin',
        terms: 'on',
      }),
    ).toEqual([])
  })

  it('check e-mail addresses by zod’s own pattern', () => {
    expect(emailAddress.source).toBe(z.regexes.email.source)
  })
})

/** The modules a file imports at run time (type-only imports vanish from the bundle). */
const runtimeImports = (file: string) => {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]!)
}

const resolve = (from: string, specifier: string) => {
  const base = specifier.startsWith('@/')
    ? path.resolve('src', specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined
  if (!base) return specifier
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    try {
      readFileSync(candidate)
      return candidate
    } catch {
      // try the next
    }
  return base
}

const packagesReachedFrom = (entry: string) => {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    // A server action is only a reference in the browser; its module stays on the server.
    if (readFileSync(file, 'utf8').startsWith("'use server'")) return
    for (const specifier of runtimeImports(file)) {
      const target = resolve(file, specifier)
      if (path.isAbsolute(target)) visit(target)
      else packages.add(target)
    }
  }
  visit(path.resolve(entry))
  return packages
}

describe('the public form’s bundle', () => {
  it('pulls in no validation library and nothing of Payload', () => {
    const packages = [...packagesReachedFrom('src/components/forms/PublicForm.tsx')]
    expect(packages.filter((name) => /^(zod|payload|@payloadcms)/.test(name))).toEqual([])
    expect(packages).toEqual(expect.arrayContaining(['react']))
  })
})
