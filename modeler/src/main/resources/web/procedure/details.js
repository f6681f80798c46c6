// The parts of a procedure's record beyond its facts: the channels it offers with the processing time of each, the
// legal basis as a list of documents, and the source and day each part of the record was checked against; and the
// way into the procedure editor ("Sửa thủ tục") for those who may change the catalog.
import { data, el } from '../kit/dom.js';
import { date, workingDays } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import { isCentral } from '../kit/roles.js';
import { table } from '../kit/table.js';

const t = texts('procedureDetails', {
  edit: ['Sửa thủ tục', 'Edit the procedure'],
  channelsTitle: ['Cách thức thực hiện và thời hạn giải quyết', 'Channels and processing time'],
  channel: ['Cách thức', 'Channel'],
  workingDays: ['Thời hạn giải quyết', 'Processing time'],
  noTime: ['theo thời hạn chung', 'the general time limit'],
  noChannels: ['Chưa ghi cách thức thực hiện.', 'No channels recorded.'],
  legalTitle: ['Căn cứ pháp lý', 'Legal basis'],
  docNumber: ['Số, ký hiệu', 'Number'],
  docTitle: ['Trích yếu', 'Title'],
  issuedOn: ['Ngày ban hành', 'Issued on'],
  noDocuments: ['Chưa ghi văn bản căn cứ pháp lý.', 'No legal basis documents recorded.'],
  sourcesTitle: ['Nguồn và ngày đối chiếu dữ liệu', 'Sources and the day they were checked'],
  part: ['Phần dữ liệu', 'Part of the record'],
  source: ['Nguồn', 'Source'],
  checkedOn: ['Ngày đối chiếu', 'Checked on'],
  noSources: ['Chưa ghi nguồn đối chiếu.', 'No sources recorded.']
});

/** A source as written: an address becomes a link (its text is data either way). */
function sourceOf(text) {
  return /^https?:\/\/\S+$/.test(text) ? data('a', { href: text, rel: 'noopener', target: '_blank' }, text)
    : data('span', {}, text);
}

/**
 * Renders the channels with their times, the legal documents and the sources of procedure into section, below a
 * link to the procedure's editor when user (the signed-in person) may change the catalog.
 */
export function showRecordDetails(procedure, user, section) {
  const times = procedure.processingTimes || [];
  const channels = procedure.channels || [];
  const docs = procedure.legalDocuments || [];
  const sources = procedure.sources || [];
  const timeOf = (c) => times.find((x) => x.channel === c);
  section.replaceChildren(
    isCentral(user) ? el('p', {}, el('a', { className: 'button', id: 'edit-procedure',
      href: `/procedure-edit.html?code=${encodeURIComponent(procedure.code)}` }, t('edit'))) : '',
    el('h3', {}, t('channelsTitle')),
    channels.length ? table(['channel', 'workingDays'], channels.map((c) => [nameOf('channel', c),
      timeOf(c) ? workingDays(timeOf(c).workingDays) : t('noTime')]), { label: t, attrs: { id: 'channel-times' } })
      : el('p', { className: 'note' }, t('noChannels')),
    el('h3', {}, t('legalTitle')),
    docs.length ? table(['docNumber', 'docTitle', 'issuedOn'], docs.map((d) => [d.number, d.title, date(d.issuedOn)]),
      { label: t, data: [true, true], attrs: { id: 'legal-documents' } }) : el('p', { className: 'note' }, t('noDocuments')),
    el('h3', {}, t('sourcesTitle')),
    sources.length ? table(['part', 'source', 'checkedOn'], sources.map((s) => [nameOf('recordPart', s.part), sourceOf(s.source),
      date(s.checkedOn)]), { label: t, attrs: { id: 'record-sources' } }) : el('p', { className: 'note' }, t('noSources')));
}
