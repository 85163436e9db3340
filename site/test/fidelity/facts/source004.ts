import type { Fact } from '../fact'

/**
 * ../shared/seeds/004_7f14745b44b6fa97.txt: a 2013 news item of the Vietnam General Confederation of
 * Labour on its international cooperation, in Vietnamese. Its projects' funders and places are read
 * in the text and in the cooperation projects the partner pages list (title, then "Nhà tài trợ"
 * and "Địa điểm" each followed by its value, one block a line).
 *
 * The SME project ("… doanh nghiệp vừa và nhỏ") is in 3 provinces and cities, funded by APHEDA and
 * SAK, and by the European Commission through LO/FTF in Khánh Hòa: LO/FTF channels the Commission's
 * money, it is not itself a funder, and Khánh Hòa is not the project's only place.
 */
const smeProject = /doanh nghiệp vừa và nhỏ/
/** Lines of the SME project's entry in a list of cooperation projects, up to `label`'s value. */
const smeProjectField = (label: string, value: string) =>
  new RegExp(`doanh nghiệp vừa và nhỏ"?$(\\n[^\\n]*){0,6}?\\n${label}\\n${value}$`)

export const source004: Fact[] = [
  {
    name: 'article dated 27 July 2013',
    says: { vi: [/27\/0?7\/2013/, /27\.0?7\.2013/, /27 tháng 0?7,? (năm )?2013/, /2013-07-27/] },
    // The source page's header shows the day it was fetched (Tuesday 24/9/2024), not the article's date.
    contradictions: [/24\/0?9\/2024/, /24 tháng 0?9,? (năm )?2024/],
  },
  {
    name: 'title "Mở rộng và tăng cường quan hệ hữu nghị, hợp tác với công đoàn các nước"',
    says: { vi: [{ heading: 'Mở rộng và tăng cường quan hệ hữu nghị, hợp tác với công đoàn các nước' }] },
  },
  { name: 'source: Vietnam News Agency (Theo TTXVN)', says: { vi: [/Theo TTXVN/, /Thông tấn xã Việt Nam/] } },
  { name: 'the Vietnam General Confederation of Labour', says: { vi: ['Tổng Liên đoàn Lao động Việt Nam'] } },
  {
    name: 'cooperation with unions of other countries, regional and international unions, NGOs and the ILO',
    says: { vi: [/các tổ chức phi chính phủ \(NGO\), Tổ chức Lao động Quốc tế \(ILO\)/] },
  },
  { name: 'the International Labour Organization (ILO)', says: { vi: [/Tổ chức Lao động Quốc tế \(ILO\)/] } },
  {
    name: 'hundreds of training courses with thousands of union officials',
    says: { vi: [/hàng trăm khóa đào tạo[^\n]*hàng nghìn lượt cán bộ công đoàn/] },
  },
  { name: 'a corps of part-time union trainers', says: { vi: [/giảng viên công đoàn kiêm chức/] } },
  {
    name: 'the Vietnam Textile and Garment Union founded with foreign unions’ support',
    says: { vi: [/thành lập Công đoàn Dệt May Việt Nam/] },
  },
  { name: 'legal advice centres and offices of the unions', says: { vi: [/trung tâm, văn phòng tư vấn pháp luật/] } },
  {
    name: 'the draft Trade Union Law (amended) and the Labour Code (amended)',
    says: { vi: [/Luật Công đoàn \(sửa đổi\)[^\n]*Bộ luật Lao động \(sửa đổi\)/] },
  },

  // Projects funded from abroad
  {
    name: 'CSR project "Tăng cường vai trò Công đoàn trong thực hiện trách nhiệm xã hội doanh nghiệp ở Việt Nam"',
    says: { vi: ['Tăng cường vai trò Công đoàn trong thực hiện trách nhiệm xã hội doanh nghiệp ở Việt Nam'] },
  },
  {
    name: 'CSR project funded by the German trade union confederation (DGB)',
    says: { vi: [/trách nhiệm xã hội doanh nghiệp ở Việt Nam"? do Liên hiệp Công đoàn Đức/] },
  },
  {
    name: 'CSR project funded by the German Ministry for Economic Cooperation and Development (BMZ)',
    says: { vi: [/Liên hiệp Công đoàn Đức và Bộ Kinh tế - Phát triển Đức tài trợ/] },
  },
  {
    name: 'project "Tăng cường vai trò Công đoàn cơ sở" funded by the ILO',
    says: { vi: [/"Tăng cường vai trò Công đoàn cơ sở" do ILO tài trợ/] },
  },
  {
    name: 'grassroots-union project in Ho Chi Minh City, Bình Dương and Đồng Nai',
    says: { vi: [/Hồ Chí Minh, Bình Dương và Đồng Nai/] },
  },
  {
    name: 'SME project "Tăng cường vai trò của Công đoàn trong khu vực doanh nghiệp vừa và nhỏ"',
    says: { vi: ['Tăng cường vai trò của Công đoàn trong khu vực doanh nghiệp vừa và nhỏ'] },
  },
  {
    name: 'SME project in 3 provinces and cities',
    subject: smeProject,
    says: { vi: [/doanh nghiệp vừa và nhỏ"? tại 3 tỉnh, thành phố/, /\b(3|ba) tỉnh(, thành phố)?/] },
    contradictions: [smeProjectField('Địa điểm', 'Khánh Hòa')],
  },
  {
    name: 'SME project funded by APHEDA (Union Aid Abroad, Australia)',
    subject: smeProject,
    says: { vi: [/Cơ quan viện trợ Hải ngoại Công đoàn Úc - APHEDA/] },
  },
  {
    name: 'SME project funded by SAK (Finland)',
    subject: smeProject,
    says: { vi: [/APHEDA và Tổng Công đoàn Phần Lan \(SAK\) tài trợ/] },
  },
  {
    name: 'SME project funded by the European Commission through LO/FTF',
    subject: smeProject,
    says: { vi: [/Ủy ban Châu Âu tài trợ thông qua Hội đồng hợp tác Công đoàn Đan Mạch \(LO\/FTF\)/] },
    // Funders listed as "APHEDA, SAK và LO/FTF": LO/FTF as a funder, the Commission left out.
    contradictions: [smeProjectField('Nhà tài trợ', '(?![^\\n]*(Ủy ban Châu Âu|EU\\b|EC\\b))[^\\n]*LO\\/FTF[^\\n]*')],
  },
  {
    name: 'the European Commission funding through LO/FTF is in Khánh Hòa',
    subject: smeProject,
    says: { vi: [/\(LO\/FTF\) tại Khánh Hòa/] },
  },

  // Yearly cooperation programmes
  { name: "cooperation with the Japanese Seafarers' Union", says: { vi: ['Công đoàn Thủy thủ Nhật Bản'] } },
  { name: 'cooperation with Norwegian unions', says: { vi: [/Công đoàn (các nước )?Na Uy/] } },
  { name: 'cooperation with Swedish unions', says: { vi: [/Na Uy, Thụy Điển|Công đoàn Thụy Điển/] } },
  { name: 'cooperation with the FES (Friedrich-Ebert-Stiftung)', says: { vi: ['Viện FES'] } },
  { name: 'the BSPS project of the Danish government', says: { vi: ['dự án BSPS của Chính phủ Đan Mạch'] } },
  {
    name: 'the projects strengthened union officials, collective bargaining and membership',
    says: { vi: [/tăng cường năng lực cho đội ngũ cán bộ công đoàn các cấp/] },
  },
]
