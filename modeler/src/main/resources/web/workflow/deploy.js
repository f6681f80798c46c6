// Deploying a to-be model with its consequences said first: the preview (scope, version from → to, the running
// cases of the version it replaces, the errors that forbid it, the warnings that need a reason), the confirmation
// with the dossiers it covers (all, or a pilot whose measurements never replace the statistics), then the deployment. Shared by the operations page and the procedure page's panel.
import { api } from '../kit/api.js';
import { confirmAction } from '../kit/confirm.js';
import { data, el } from '../kit/dom.js';
import { number } from '../kit/format.js';
import { texts } from '../kit/i18n.js';
import { nameOf } from '../kit/names.js';
import * as W from './common.js';

const t = texts('deploy', {
  dpAsk: ['Triển khai mô hình đề xuất (to-be) thành phiên bản mới của quy trình?', 'Deploy the proposed (to-be) model as a new version of the workflow?'],
  dpProcedure: ['Thủ tục', 'Procedure'],
  dpScope: ['Phạm vi', 'Scope'],
  dpNationwide: ['Toàn quốc (mọi địa phương)', 'Nationwide (every locality)'],
  dpPilot: ['Riêng tại ', 'Only in '],
  dpCoverage: ['Hồ sơ áp dụng', 'Dossiers covered'],
  dpCoverageHelp: ['Số liệu đo được của một đợt thí điểm chỉ hiển thị bên cạnh số liệu thống kê, không bao giờ thay thế số liệu đó.',
    'What a pilot measures is shown beside the usage statistics, never instead of them.'],
  dpVersion: ['Phiên bản', 'Version'],
  dpFirst: [(v) => `v${v} (lần triển khai đầu tiên)`, (v) => `v${v} (first deployment)`],
  dpModel: ['Mô hình to-be', 'To-be model'],
  dpModelVersion: [(v) => `phiên bản ${v}`, (v) => `version ${v}`],
  dpActive: ['Hồ sơ đang xử lý bị ảnh hưởng', 'Running cases affected'],
  dpActiveN: [(n, v) => `${n} hồ sơ của v${v} — được giải quyết tiếp theo phiên bản cũ; hồ sơ mới theo phiên bản mới`,
    (n, v) => `${n} case(s) of v${v} — they finish on the old version; new cases follow the new one`],
  dpNoActive: ['Không có (chưa có phiên bản nào đang chạy)', 'None (no version running yet)'],
  dpReason: [(n) => `Mô hình còn ${n} cảnh báo. Lý do vẫn triển khai (được lưu cùng phiên bản và nhật ký):`,
    (n) => `The model has ${n} warning(s). Why deploy it nevertheless (kept with the version and in the audit trail):`],
  dpBlocked: [(n) => `Không triển khai được: mô hình có ${n} lỗi. Sửa trong trình thiết kế rồi kiểm tra lại.`,
    (n) => `Cannot be deployed: the model has ${n} error(s). Fix them in the modeler and check again.`]
});
const enc = encodeURIComponent;

/** What deploying code's latest to-be model for locality ('' or null: nationwide) would do. */
export function preview(code, locality) {
  return api(`/api/procedures/${enc(code)}/deployments/preview${locality ? '?locality=' + enc(locality) : ''}`);
}

/** Why a model cannot be deployed, said beside its disabled button. */
export const blocked = (p) => t('dpBlocked', p.errors.length);

const problemsOf = (e) => e.errors.map((x) => ({ elementId: x.field, label: x.label, message: x.message }));

/**
 * Asks (with what will happen), then deploys: resolves {workflow} once deployed, {problems} when the model cannot
 * be deployed, null when the person went back (nothing changed).
 */
export async function deployConfirmed(code, locality, known) {
  const p = known || await preview(code, locality);
  if (!p.deployable) return { problems: p.errors };
  const coverage = el('select', { id: 'deploy-coverage' }, ['ALL', 'PILOT'].map((c) => el('option', { value: c }, nameOf('coverage', c))));
  const answer = await confirmAction({
    question: t('dpAsk'),
    facts: [
      ['procedure', t('dpProcedure'), data('span', {}, `${p.procedureCode} — ${p.procedureName || ''}`)],
      ['scope', t('dpScope'), p.locality ? [t('dpPilot'), data('span', {}, p.localityName || p.locality)] : t('dpNationwide')],
      ['version', t('dpVersion'), p.fromVersion ? `v${p.fromVersion} → v${p.toVersion}` : t('dpFirst', p.toVersion)],
      ['model', t('dpModel'), t('dpModelVersion', p.modelVersion)],
      ['activeCases', t('dpActive'), p.fromVersion ? t('dpActiveN', number(p.activeCases, 0), p.fromVersion) : t('dpNoActive')],
      ['coverage', t('dpCoverage'), [coverage, el('p', { className: 'note coverage-help' }, t('dpCoverageHelp'))]]
    ],
    notes: [...p.warnings, ...(p.advice || [])].map((w) => [data('span', {}, w.label || w.elementId), ': ', w.message]),
    reason: p.warnings.length ? { label: t('dpReason', p.warnings.length) } : null
  });
  if (!answer) return null;
  try {
    const query = `?coverage=${enc(coverage.value)}${locality ? '&locality=' + enc(locality) : ''}`;
    const workflow = await W.act(`/api/procedures/${enc(code)}/deployments${query}`,
      answer.reason ? { json: { reason: answer.reason } } : undefined);
    return { workflow };
  } catch (e) {
    if (e.status === 400 && e.errors && e.errors.length) return { problems: problemsOf(e) };
    throw e;
  }
}
