import type { InternationalPartner } from '@union/content-schemas'
import { expect, test } from 'vitest'
import { projectsInvolving } from '../src/lib/cooperationProjects'

const partner = (id: number, name: string, projects: unknown[] = []) =>
  ({ id, name, abbreviation: name, cooperationProjects: projects }) as unknown as InternationalPartner
const sme = {
  title: 'Tăng cường vai trò của Công đoàn trong khu vực doanh nghiệp vừa và nhỏ',
  funders: [
    { id: 1, name: 'APHEDA' },
    { id: 2, name: 'SAK' },
  ],
  fundedThrough: [{ funder: 'Ủy ban Châu Âu', intermediary: { id: 3, name: 'LO/FTF' }, places: ['Khánh Hòa'] }],
  places: ['3 tỉnh, thành phố'],
}
const apheda = partner(1, 'APHEDA', [sme])
const sak = partner(2, 'SAK')
const loFtf = partner(3, 'LO/FTF')
const ilo = partner(4, 'ILO', [{ title: 'Tăng cường vai trò Công đoàn cơ sở', funders: [4] }])
const all = [apheda, sak, loFtf, ilo]

test('a project appears under every partner it names: its holder, its funders and its intermediaries', () => {
  for (const each of [apheda, sak, loFtf]) expect(projectsInvolving(each, all).map((p) => p.title)).toEqual([sme.title])
})

test('a partner that a project does not name does not show it, and its own come first, once', () => {
  expect(projectsInvolving(ilo, all).map((p) => p.title)).toEqual(['Tăng cường vai trò Công đoàn cơ sở'])
})
