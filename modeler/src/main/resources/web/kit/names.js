// The names a person reads for the codes the API speaks in (statuses, levels, applicant types, channels, profiles,
// deviation kinds, case states ...): Vietnamese, or English on the switch. A code no table knows is shown as it
// came. Roles are named in i18n.js ('roles.*', with the header's grants).
import { texts } from './i18n.js';

const t = texts('names', {
  'level.CENTRAL': ['Trung ương', 'Central'],
  'level.PROVINCE': ['Cấp tỉnh', 'Province'],
  'level.DISTRICT': ['Cấp huyện', 'District'],
  'level.COMMUNE': ['Cấp xã', 'Commune'],
  'onlineLevel.NONE': ['Chưa trực tuyến', 'Not online'],
  'onlineLevel.PARTIAL': ['Trực tuyến một phần', 'Partly online'],
  'onlineLevel.FULL': ['Trực tuyến toàn trình', 'Fully online'],
  'applicantType.CITIZEN': ['Công dân', 'Citizens'],
  'applicantType.BUSINESS': ['Doanh nghiệp', 'Businesses'],
  'recordPart.RECORD': ['Thông tin công bố', 'Published record'],
  'recordPart.FEES': ['Phí, lệ phí', 'Fees and charges'],
  'recordPart.PROCESSING_TIME': ['Thời hạn giải quyết', 'Processing time'],
  'recordPart.COMPONENTS': ['Thành phần hồ sơ', 'Dossier components'],
  'recordPart.LEGAL_BASIS': ['Căn cứ pháp lý', 'Legal basis'],
  'recordPart.ACTIVITIES': ['Hoạt động tuân thủ', 'Compliance activities'],
  'channel.IN_PERSON': ['Trực tiếp', 'In person'],
  'channel.COUNTER': ['Trực tiếp tại Bộ phận một cửa', 'At the one-stop desk'],
  'channel.ONLINE': ['Trực tuyến', 'Online'],
  'channel.POST': ['Qua bưu chính', 'By post'],
  'procedureStatus.ACTIVE': ['Đang hiệu lực', 'In force'],
  'procedureStatus.SUSPENDED': ['Tạm ngừng thực hiện', 'Suspended'],
  'procedureStatus.ABOLISHED': ['Đã bãi bỏ', 'Abolished'],
  'procedureStatus.REPEALED': ['Đã bãi bỏ', 'Repealed'],
  'copyKind.ORIGINAL': ['Bản chính', 'Original'],
  'copyKind.CERTIFIED_COPY': ['Bản sao chứng thực', 'Certified copy'],
  'copyKind.COPY': ['Bản sao', 'Copy'],
  'medium.PAPER': ['Giấy', 'Paper'],
  'medium.SCANNED': ['Bản giấy được quét, số hóa', 'Paper, scanned'],
  'medium.ELECTRONIC': ['Nộp điện tử', 'Submitted electronically'],
  'medium.REUSED': ['Tái sử dụng dữ liệu đã có', 'Reused from a national database'],
  'resultMedium.PAPER': ['Bản giấy', 'On paper'],
  'resultMedium.ELECTRONIC': ['Bản điện tử', 'Electronic copy'],
  'planStatus.DRAFT': ['Dự thảo', 'Draft'],
  'planStatus.PROPOSED': ['Đã đề xuất', 'Proposed'],
  'planStatus.APPROVED': ['Đã phê duyệt', 'Approved'],
  'planStatus.IMPLEMENTED': ['Đã thực hiện', 'Implemented'],
  'packageStatus.DRAFT': ['Dự thảo', 'Draft'],
  'packageStatus.PUBLISHED': ['Đã công bố', 'Published'],
  'usageSource.ESTIMATED': ['ước tính', 'estimated'],
  'usageSource.IMPORTED': ['thống kê', 'statistics'],
  'usageSource.MEASURED': ['đo từ hệ thống', 'measured'],
  'profile.balanced': ['Cân bằng', 'Balanced'],
  'profile.quick-wins': ['Làm được ngay', 'Quick wins'],
  'deviation.EXTRA_DOCUMENT': ['thêm giấy tờ', 'extra document'],
  'deviation.LONGER_TIME': ['thời hạn dài hơn', 'longer time'],
  'deviation.HIGHER_FEE': ['phí cao hơn', 'higher fee'],
  'deviation.EXTRA_FIELD': ['thêm trường thông tin', 'extra field'],
  'deviation.OUTDATED_VERSION': ['phiên bản cũ', 'outdated version'],
  'deviation.OTHER_AGENCY': ['cơ quan thực hiện khác', 'other agency'],
  'deviation.LOWER_FEE': ['phí thấp hơn', 'lower fee'],
  'deviation.SHORTER_TIME': ['thời hạn ngắn hơn', 'shorter time'],
  'deviation.FEWER_DOCUMENTS': ['bớt giấy tờ', 'fewer documents'],
  'deviation.FEWER_FIELDS': ['bớt trường thông tin', 'fewer fields'],
  'deviation.LOCAL_HELP_TEXT': ['hướng dẫn ghi riêng của địa phương', 'local help text'],
  'change.ADDED': ['thêm', 'added'],
  'change.REMOVED': ['bỏ', 'removed'],
  'change.CHANGED': ['sửa', 'changed'],
  'caseState.ACTIVE': ['Đang giải quyết', 'In progress'],
  'caseState.COMPLETED': ['Đã giải quyết xong', 'Completed'],
  'caseState.CANCELLED': ['Đã hủy', 'Cancelled'],
  'boolean.true': ['Có', 'Yes'],
  'boolean.false': ['Không', 'No']
});

/**
 * The name a person reads for code in the table kind ('level', 'onlineLevel', 'applicantType', 'channel',
 * 'procedureStatus', 'copyKind', 'planStatus', 'packageStatus', 'usageSource', 'profile', 'deviation', 'change',
 * 'caseState', 'boolean', 'recordPart'); '' for none, the code itself when unknown.
 */
export function nameOf(kind, code) {
  if (code === null || code === undefined || code === '') return '';
  return t.of(kind, String(code));
}
