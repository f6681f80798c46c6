"""Generates the demo as-is / to-be BPMN models of modeler/src/main/resources/demo/models.

Usage: python3 scripts/demo_models/generate.py [--check]
Each function below draws one model the way a reform analyst would: the applicant's lane on top,
agency lanes below, in-person visits as manual tasks in the applicant's lane, documents as data
objects, waits as intermediate catch events. Element ids are shared between a procedure's as-is
and to-be wherever the step is the same, so that an element-level diff shows what changed.
"""
import json
import os
import sys

from bpmn_layout import Model

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'modeler', 'src', 'main', 'resources', 'demo', 'models')


def wd(days):
    """ISO-8601 duration approximating a number of working days (five working days a week)."""
    return f'P{days + 2 * (days // 5)}D'


# ---------------------------------------------------------------------------------------------
# 1.001193 Đăng ký khai sinh — to-be: liên thông khai sinh, thường trú, thẻ BHYT trẻ dưới 6 tuổi
# ---------------------------------------------------------------------------------------------
def birth_as_is():
    m = Model('1.001193', 'AS_IS', 'Đăng ký khai sinh, thường trú và cấp thẻ BHYT cho trẻ em – hiện trạng (ba thủ tục riêng rẽ)')
    m.lane('Lane_Applicant', 'Công dân (cha, mẹ của trẻ)')
    m.lane('Lane_OneStop', 'Bộ phận một cửa (Trung tâm phục vụ hành chính công xã)')
    m.lane('Lane_CivilStatus', 'Công chức tư pháp - hộ tịch')
    m.lane('Lane_Police', 'Công an xã')
    m.lane('Lane_Bhxh', 'BHXH tỉnh (bộ phận một cửa BHXH)')
    A = 'Lane_Applicant'
    m.node('StartEvent_Birth', 'start', A, 0, 'Trẻ được sinh ra')
    m.node('Task_PrepareDossier', 'task', A, 1, 'Điền tờ khai, chuẩn bị giấy tờ khai sinh')
    m.node('Task_SubmitCounter', 'manual', A, 2, 'Đến UBND xã nộp hồ sơ đăng ký khai sinh')
    m.node('Task_ReceiveDossier', 'user', 'Lane_OneStop', 3, 'Tiếp nhận, kiểm tra hồ sơ')
    m.node('Task_Review', 'user', 'Lane_CivilStatus', 4, 'Kiểm tra, ghi Sổ đăng ký khai sinh')
    m.node('Task_IssueBirthCert', 'user', 'Lane_CivilStatus', 5, 'Trình ký, cấp Giấy khai sinh')
    m.node('Timer_WaitBirthCert', 'timer', A, 6, 'Chờ kết quả (1 ngày làm việc)', duration=wd(1))
    m.node('Task_CollectBirthCert', 'manual', A, 7, 'Quay lại UBND xã nhận Giấy khai sinh')
    m.node('Task_CertifyCopies', 'manual', A, 8, 'Chứng thực bản sao Giấy khai sinh')
    m.node('Task_SubmitResidence', 'manual', A, 9, 'Đến Công an xã nộp hồ sơ đăng ký thường trú cho trẻ')
    m.node('Task_RegisterResidence', 'user', 'Lane_Police', 10, 'Kiểm tra, cập nhật thường trú vào CSDL về cư trú')
    m.node('Timer_WaitResidence', 'timer', A, 11, 'Chờ kết quả (7 ngày làm việc)', duration=wd(7))
    m.node('Task_CollectResidence', 'manual', A, 12, 'Quay lại Công an xã nhận thông báo kết quả')
    m.node('Task_SubmitHealthCard', 'manual', A, 13, 'Đến BHXH nộp hồ sơ cấp thẻ BHYT cho trẻ')
    m.node('Task_IssueHealthCard', 'user', 'Lane_Bhxh', 14, 'Kiểm tra, cấp thẻ BHYT cho trẻ dưới 6 tuổi')
    m.node('Timer_WaitHealthCard', 'timer', A, 15, 'Chờ kết quả (5 ngày làm việc)', duration=wd(5))
    m.node('Task_CollectHealthCard', 'manual', A, 16, 'Quay lại BHXH nhận thẻ BHYT')
    m.node('EndEvent_Done', 'end', A, 17, 'Trẻ có Giấy khai sinh, thường trú, thẻ BHYT')
    m.chain(*m.order)
    m.doc('Doc_BirthForm', 'Tờ khai đăng ký khai sinh', A, 0, inputs=['Task_SubmitCounter'])
    m.doc('Doc_MedicalBirthCert', 'Giấy chứng sinh (bản chính)', A, 1, inputs=['Task_SubmitCounter'])
    m.doc('Doc_ParentsId', 'CCCD của cha, mẹ (xuất trình)', A, 3, inputs=['Task_SubmitCounter'])
    m.doc('Doc_MarriageCert', 'Giấy chứng nhận kết hôn của cha, mẹ', A, 4, inputs=['Task_SubmitCounter'])
    m.doc('Doc_ResidenceForm', 'Tờ khai thay đổi thông tin cư trú (CT01)', A, 9, inputs=['Task_SubmitResidence'])
    m.doc('Doc_BirthCopyResidence', 'Bản sao Giấy khai sinh (chứng thực)', A, 10, inputs=['Task_SubmitResidence'])
    m.doc('Doc_HealthForm', 'Tờ khai tham gia BHYT (TK1-TS)', A, 13, inputs=['Task_SubmitHealthCard'])
    m.doc('Doc_BirthCopyHealth', 'Bản sao Giấy khai sinh (nộp BHXH)', A, 14, inputs=['Task_SubmitHealthCard'])
    return m


def birth_to_be():
    m = Model('1.001193', 'TO_BE', 'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ BHYT cho trẻ em dưới 6 tuổi (đề xuất)', executable=True)
    m.lane('Lane_Applicant', 'Công dân (cha, mẹ của trẻ)', 'applicant')
    m.lane('Lane_CivilStatus', 'Công chức tư pháp - hộ tịch', 'tu-phap')
    m.lane('Lane_Police', 'Công an xã', 'cong-an')
    m.lane('Lane_Bhxh', 'BHXH tỉnh', 'bhxh')
    A, C = 'Lane_Applicant', 'Lane_CivilStatus'
    m.node('StartEvent_Birth', 'start', A, 0, 'Trẻ được sinh ra')
    m.node('Task_SubmitOnline', 'user', A, 1, 'Kê khai một bộ tờ khai liên thông trên Cổng DVC / VNeID')
    m.node('Task_VerifyData', 'service', C, 2, 'Khai thác CSDL dân cư, giấy chứng sinh điện tử, CSDL hộ tịch')
    m.node('Task_Review', 'user', C, 3, 'Kiểm tra, ghi Sổ đăng ký khai sinh')
    m.node('Gateway_Approved', 'xor', C, 4, 'Đủ điều kiện?')
    m.node('Task_IssueBirthCert', 'user', C, 5, 'Ký số, cấp Giấy khai sinh điện tử và số định danh')
    m.node('Task_NotifyRefusal', 'service', C, 5, 'Thông báo từ chối, nêu rõ lý do qua VNeID', row=1)
    m.node('EndEvent_Refused', 'end', C, 6, 'Hồ sơ bị từ chối', row=1)
    m.node('Task_RegisterResidence', 'user', 'Lane_Police', 6, 'Phê duyệt đăng ký thường trú cho trẻ (dữ liệu liên thông)')
    m.node('Task_IssueHealthCard', 'service', 'Lane_Bhxh', 7, 'Tự động cấp mã thẻ BHYT cho trẻ dưới 6 tuổi')
    m.node('Task_ReceiveResult', 'user', A, 8, 'Nhận Giấy khai sinh, thông báo thường trú, thẻ BHYT điện tử (VNeID, VssID)')
    m.node('Gateway_PaperCopy', 'xor', A, 9, 'Cần bản giấy?')
    m.node('Task_CollectPaper', 'manual', A, 10, 'Nhận bản giấy Giấy khai sinh tại UBND xã', row=1)
    m.node('EndEvent_Done', 'end', A, 11, 'Trẻ có Giấy khai sinh, thường trú, thẻ BHYT')
    m.chain('StartEvent_Birth', 'Task_SubmitOnline', 'Task_VerifyData', 'Task_Review', 'Gateway_Approved')
    m.flow('Gateway_Approved', 'Task_IssueBirthCert', name='Đủ', cond='${approved}')
    m.flow('Gateway_Approved', 'Task_NotifyRefusal', name='Không', default=True)
    m.flow('Task_NotifyRefusal', 'EndEvent_Refused')
    m.chain('Task_IssueBirthCert', 'Task_RegisterResidence', 'Task_IssueHealthCard', 'Task_ReceiveResult', 'Gateway_PaperCopy')
    m.flow('Gateway_PaperCopy', 'Task_CollectPaper', name='Có', cond='${paperCopy}')
    m.flow('Gateway_PaperCopy', 'EndEvent_Done', name='Không', default=True)
    m.flow('Task_CollectPaper', 'EndEvent_Done')
    m.join_before('EndEvent_Done', 'Gateway_PaperJoin')
    m.doc('Doc_ChainForm', 'Tờ khai điện tử liên thông (khai sinh, thường trú, BHYT)', A, 1, inputs=['Task_SubmitOnline'])
    m.store('Store_Population', 'CSDL quốc gia về dân cư', C, 1, inputs=['Task_VerifyData'])
    m.store('Store_HealthRecords', 'Giấy chứng sinh điện tử (ngành y tế)', C, 2, inputs=['Task_VerifyData'])
    m.store('Store_CivilStatus', 'CSDL hộ tịch điện tử', C, 3, inputs=['Task_VerifyData'])
    return m


# ---------------------------------------------------------------------------------------------
# 1.004222 Đăng ký thường trú
# ---------------------------------------------------------------------------------------------
def residence_as_is():
    m = Model('1.004222', 'AS_IS', 'Đăng ký thường trú – hiện trạng')
    m.lane('Lane_Applicant', 'Công dân')
    m.lane('Lane_Reception', 'Bộ phận tiếp nhận hồ sơ - Công an xã')
    m.lane('Lane_Police', 'Cán bộ đăng ký cư trú - Công an xã')
    A, R, P = 'Lane_Applicant', 'Lane_Reception', 'Lane_Police'
    m.node('StartEvent_Moved', 'start', A, 0, 'Chuyển đến chỗ ở hợp pháp mới')
    m.node('Task_ObtainConsent', 'task', A, 1, 'Xin ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở')
    m.node('Task_NotarizeContract', 'manual', A, 2, 'Công chứng hợp đồng thuê, mượn, ở nhờ')
    m.node('Task_CertifyCopies', 'manual', A, 3, 'Chứng thực bản sao giấy tờ chứng minh chỗ ở hợp pháp')
    m.node('Task_SubmitCounter', 'manual', A, 4, 'Nộp hồ sơ tại Công an xã')
    m.node('Task_ReceiveDossier', 'user', R, 5, 'Tiếp nhận, kiểm tra hồ sơ, thu lệ phí')
    m.node('Gateway_Complete', 'xor', R, 6, 'Hồ sơ hợp lệ?')
    m.node('Task_Supplement', 'manual', A, 6, 'Quay lại bổ sung hồ sơ tại quầy')
    m.node('Task_Review', 'user', P, 7, 'Thẩm định, cập nhật thông tin vào CSDL về cư trú')
    m.node('Timer_Wait', 'timer', A, 8, 'Chờ kết quả (7 ngày làm việc)', duration=wd(7))
    m.node('Task_CollectResult', 'manual', A, 9, 'Quay lại Công an xã nhận thông báo kết quả')
    m.node('EndEvent_Registered', 'end', A, 10, 'Đã đăng ký thường trú')
    m.chain('StartEvent_Moved', 'Task_ObtainConsent', 'Task_NotarizeContract', 'Task_CertifyCopies',
            'Task_SubmitCounter', 'Task_ReceiveDossier', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_Review', name='Hợp lệ')
    m.flow('Gateway_Complete', 'Task_Supplement', name='Thiếu')
    m.flow('Task_Supplement', 'Task_ReceiveDossier')
    m.join_before('Task_ReceiveDossier', 'Gateway_Resubmitted')
    m.chain('Task_Review', 'Timer_Wait', 'Task_CollectResult', 'EndEvent_Registered')
    m.doc('Doc_ResidenceForm', 'Tờ khai thay đổi thông tin cư trú (CT01)', A, 0, inputs=['Task_SubmitCounter'])
    m.doc('Doc_Consent', 'Văn bản đồng ý của chủ hộ, chủ sở hữu', A, 1, inputs=['Task_SubmitCounter'])
    m.doc('Doc_Contract', 'Hợp đồng thuê, mượn, ở nhờ (công chứng)', A, 2, inputs=['Task_SubmitCounter'])
    m.doc('Doc_PropertyProof', 'Bản sao giấy tờ chứng minh chỗ ở hợp pháp', A, 3, inputs=['Task_SubmitCounter'])
    m.doc('Doc_AreaProof', 'Giấy tờ chứng minh diện tích nhà ở tối thiểu', A, 4, inputs=['Task_SubmitCounter'])
    return m


def residence_to_be():
    m = Model('1.004222', 'TO_BE', 'Đăng ký thường trú – đề xuất (trực tuyến toàn trình)', executable=True)
    m.lane('Lane_Applicant', 'Công dân', 'applicant')
    m.lane('Lane_Police', 'Cán bộ đăng ký cư trú - Công an xã', 'cong-an')
    A, P = 'Lane_Applicant', 'Lane_Police'
    m.node('StartEvent_Moved', 'start', A, 0, 'Chuyển đến chỗ ở hợp pháp mới')
    m.node('Task_ObtainConsent', 'user', A, 1, 'Chủ hộ, chủ sở hữu xác nhận đồng ý trên VNeID')
    m.node('Task_SubmitOnline', 'user', A, 2, 'Nộp hồ sơ trên VNeID / Cổng DVC, nộp lệ phí trực tuyến')
    m.node('Task_VerifyData', 'service', P, 3, 'Khai thác CSDL dân cư, CSDL đất đai (chỗ ở hợp pháp, diện tích)')
    m.node('Task_Review', 'user', P, 4, 'Thẩm định, cập nhật thông tin vào CSDL về cư trú')
    m.node('Gateway_Complete', 'xor', P, 5, 'Đủ điều kiện?')
    m.node('Task_NotifyResult', 'service', P, 6, 'Gửi thông báo kết quả qua VNeID, SMS')
    m.node('Task_NotifyRefusal', 'service', P, 6, 'Thông báo từ chối, nêu rõ lý do', row=1)
    m.node('EndEvent_Refused', 'end', P, 7, 'Hồ sơ bị từ chối', row=1)
    m.node('Task_ReceiveResult', 'user', A, 7, 'Nhận thông báo kết quả trên VNeID')
    m.node('EndEvent_Registered', 'end', A, 8, 'Đã đăng ký thường trú')
    m.chain('StartEvent_Moved', 'Task_ObtainConsent', 'Task_SubmitOnline', 'Task_VerifyData', 'Task_Review', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_NotifyResult', name='Đủ', cond='${approved}')
    m.flow('Gateway_Complete', 'Task_NotifyRefusal', name='Không', default=True)
    m.flow('Task_NotifyRefusal', 'EndEvent_Refused')
    m.chain('Task_NotifyResult', 'Task_ReceiveResult', 'EndEvent_Registered')
    m.doc('Doc_ResidenceForm', 'Tờ khai CT01 điện tử', A, 2, inputs=['Task_SubmitOnline'])
    m.doc('Doc_Contract', 'Hợp đồng thuê, ở nhờ (bản điện tử)', A, 3, inputs=['Task_SubmitOnline'])
    m.store('Store_Population', 'CSDL quốc gia về dân cư', P, 2, inputs=['Task_VerifyData'])
    m.store('Store_Land', 'CSDL đất đai, nhà ở', P, 3, inputs=['Task_VerifyData'])
    return m


# ---------------------------------------------------------------------------------------------
# 1.013225 Cấp giấy phép xây dựng mới (công trình cấp III, IV và nhà ở riêng lẻ)
# ---------------------------------------------------------------------------------------------
def building_as_is():
    m = Model('1.013225', 'AS_IS', 'Cấp giấy phép xây dựng nhà ở riêng lẻ – hiện trạng')
    m.lane('Lane_Applicant', 'Chủ đầu tư (hộ gia đình, cá nhân)')
    m.lane('Lane_OneStop', 'Bộ phận một cửa (Trung tâm phục vụ hành chính công xã)')
    m.lane('Lane_Construction', 'Phòng Kinh tế - công chức xây dựng (UBND xã)')
    m.lane('Lane_Chairman', 'Chủ tịch UBND xã')
    A, O, K, H = 'Lane_Applicant', 'Lane_OneStop', 'Lane_Construction', 'Lane_Chairman'
    m.node('StartEvent_Need', 'start', A, 0, 'Có nhu cầu xây nhà ở')
    m.node('Task_HireDesigner', 'task', A, 1, 'Thuê tư vấn lập bản vẽ thiết kế xin phép')
    m.node('Task_CertifyCopies', 'manual', A, 2, 'Chứng thực bản sao Giấy chứng nhận quyền sử dụng đất')
    m.node('Task_SubmitCounter', 'manual', A, 3, 'Nộp hồ sơ bản giấy tại Trung tâm phục vụ hành chính công')
    m.node('Task_ReceiveDossier', 'user', O, 4, 'Tiếp nhận hồ sơ, viết giấy hẹn')
    m.node('Task_Review', 'user', K, 5, 'Thẩm định hồ sơ, kiểm tra thực địa')
    m.node('Gateway_Complete', 'xor', K, 6, 'Đạt yêu cầu?')
    m.node('Task_Supplement', 'manual', A, 6, 'Nhận thông báo, bổ sung hồ sơ tại quầy')
    m.node('Task_Sign', 'user', H, 7, 'Ký giấy phép xây dựng')
    m.node('Task_ReturnResult', 'user', O, 8, 'Đóng dấu bản vẽ, chuyển kết quả về quầy')
    m.node('Timer_Wait', 'timer', A, 9, 'Chờ hẹn trả kết quả (7 ngày làm việc)', duration=wd(7))
    m.node('Task_CollectPermit', 'manual', A, 10, 'Quay lại nộp lệ phí, nhận giấy phép kèm bản vẽ')
    m.node('EndEvent_Permitted', 'end', A, 11, 'Có giấy phép xây dựng')
    m.chain('StartEvent_Need', 'Task_HireDesigner', 'Task_CertifyCopies', 'Task_SubmitCounter',
            'Task_ReceiveDossier', 'Task_Review', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_Sign', name='Đạt')
    m.flow('Gateway_Complete', 'Task_Supplement', name='Chưa đạt')
    m.flow('Task_Supplement', 'Task_ReceiveDossier')
    m.join_before('Task_ReceiveDossier', 'Gateway_Resubmitted')
    m.chain('Task_Sign', 'Task_ReturnResult', 'Timer_Wait', 'Task_CollectPermit', 'EndEvent_Permitted')
    m.doc('Doc_Application', 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 1)', A, 0, inputs=['Task_SubmitCounter'])
    m.doc('Doc_LandCert', 'Bản sao chứng thực Giấy chứng nhận quyền sử dụng đất', A, 1, inputs=['Task_SubmitCounter'])
    m.doc('Doc_Drawings', 'Hai bộ bản vẽ thiết kế xây dựng', A, 2, inputs=['Task_SubmitCounter'])
    m.doc('Doc_SafetyCommitment', 'Cam kết bảo đảm an toàn công trình liền kề', A, 3, inputs=['Task_SubmitCounter'])
    return m


def building_to_be():
    m = Model('1.013225', 'TO_BE', 'Cấp giấy phép xây dựng nhà ở riêng lẻ – đề xuất (trực tuyến, dùng lại CSDL đất đai)', executable=True)
    m.lane('Lane_Applicant', 'Chủ đầu tư (hộ gia đình, cá nhân)', 'applicant')
    m.lane('Lane_Construction', 'Phòng Kinh tế - công chức xây dựng (UBND xã)', 'xay-dung')
    m.lane('Lane_Chairman', 'Chủ tịch UBND xã', 'lanh-dao')
    A, K, H = 'Lane_Applicant', 'Lane_Construction', 'Lane_Chairman'
    m.node('StartEvent_Need', 'start', A, 0, 'Có nhu cầu xây nhà ở')
    m.node('Task_HireDesigner', 'task', A, 1, 'Thuê tư vấn lập bản vẽ thiết kế xin phép')
    m.node('Task_SubmitOnline', 'user', A, 2, 'Nộp hồ sơ trực tuyến, ký số, nộp lệ phí trực tuyến')
    m.node('Task_VerifyData', 'service', K, 3, 'Khai thác CSDL đất đai, CSDL dân cư, thông tin quy hoạch')
    m.node('Task_Review', 'user', K, 4, 'Thẩm định hồ sơ, kiểm tra thực địa')
    m.node('Gateway_Complete', 'xor', K, 5, 'Đạt yêu cầu?')
    m.node('Task_Supplement', 'user', A, 5, 'Bổ sung hồ sơ trực tuyến (một lần)')
    m.node('Task_Sign', 'user', H, 6, 'Ký số giấy phép xây dựng')
    m.node('Task_IssuePermit', 'service', H, 7, 'Phát hành giấy phép điện tử, cập nhật CSDL cấp phép')
    m.node('Task_ReceiveResult', 'user', A, 8, 'Nhận giấy phép xây dựng điện tử')
    m.node('Task_CollectDrawings', 'manual', A, 9, 'Nhận bản vẽ có đóng dấu (bản giấy)')
    m.node('EndEvent_Permitted', 'end', A, 10, 'Có giấy phép xây dựng')
    m.chain('StartEvent_Need', 'Task_HireDesigner', 'Task_SubmitOnline', 'Task_VerifyData', 'Task_Review', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_Sign', name='Đạt', cond='${approved}')
    m.flow('Gateway_Complete', 'Task_Supplement', name='Chưa đạt', default=True)
    m.flow('Task_Supplement', 'Task_Review')
    m.join_before('Task_Review', 'Gateway_Resubmitted')
    m.chain('Task_Sign', 'Task_IssuePermit', 'Task_ReceiveResult', 'Task_CollectDrawings', 'EndEvent_Permitted')
    m.doc('Doc_Application', 'Đơn đề nghị cấp giấy phép (điện tử, kèm cam kết an toàn)', A, 1, inputs=['Task_SubmitOnline'])
    m.doc('Doc_Drawings', 'Bản vẽ thiết kế (tệp điện tử)', A, 2, inputs=['Task_SubmitOnline'])
    m.store('Store_Land', 'CSDL đất đai', K, 2, inputs=['Task_VerifyData'])
    m.store('Store_Population', 'CSDL quốc gia về dân cư', K, 3, inputs=['Task_VerifyData'])
    return m


def registration_as_is(code, title, lanes, texts, documents):
    """A registration made in person at a counter: prepare, certify copies, submit, review, supplement at the
    counter, wait and come back for the certificate. The business and the household registration share it."""
    m = Model(code, 'AS_IS', title)
    for lane_id, name in zip(('Lane_Applicant', 'Lane_OneStop', 'Lane_Registrar'), lanes):
        m.lane(lane_id, name)
    A, O, R = 'Lane_Applicant', 'Lane_OneStop', 'Lane_Registrar'
    m.node('StartEvent_Decided', 'start', A, 0, texts['decided'])
    m.node('Task_PrepareDossier', 'task', A, 1, texts['prepare'])
    m.node('Task_CertifyCopies', 'manual', A, 2, texts['certify'])
    m.node('Task_SubmitCounter', 'manual', A, 3, texts['submit'])
    m.node('Task_ReceiveDossier', 'user', O, 4, texts['receive'])
    m.node('Task_Review', 'user', R, 5, texts['review'])
    m.node('Gateway_Complete', 'xor', R, 6, 'Hồ sơ hợp lệ?')
    m.node('Task_Supplement', 'manual', A, 6, texts['supplement'])
    m.node('Task_IssueCertificate', 'user', R, 7, texts['issue'])
    m.node('Timer_Wait', 'timer', A, 8, 'Chờ kết quả (3 ngày làm việc)', duration=wd(3))
    m.node('Task_CollectCertificate', 'manual', A, 9, 'Quay lại nhận Giấy chứng nhận tại quầy')
    m.node('EndEvent_Registered', 'end', A, 10, texts['registered'])
    m.chain('StartEvent_Decided', 'Task_PrepareDossier', 'Task_CertifyCopies', 'Task_SubmitCounter',
            'Task_ReceiveDossier', 'Task_Review', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_IssueCertificate', name='Hợp lệ')
    m.flow('Gateway_Complete', 'Task_Supplement', name='Chưa hợp lệ')
    m.flow('Task_Supplement', 'Task_ReceiveDossier')
    m.join_before('Task_ReceiveDossier', 'Gateway_Resubmitted')
    m.chain('Task_IssueCertificate', 'Timer_Wait', 'Task_CollectCertificate', 'EndEvent_Registered')
    for row, (doc_id, name) in enumerate(documents):
        m.doc(doc_id, name, A, row, inputs=['Task_SubmitCounter'])
    return m


def registration_to_be(code, title, lanes, texts, documents, stores):
    """The same registration fully online with VNeID identity: the data checked against the national databases,
    an electronic certificate, the data shared automatically. texts['prepare'] (optional) keeps a preparation
    step before the online submission; documents and stores are (id, name, row)."""
    m = Model(code, 'TO_BE', title, executable=True)
    m.lane('Lane_Applicant', lanes[0], 'applicant')
    m.lane('Lane_Registrar', lanes[1], 'dang-ky-kinh-doanh')
    A, R = 'Lane_Applicant', 'Lane_Registrar'
    steps = ['StartEvent_Decided']
    m.node('StartEvent_Decided', 'start', A, 0, texts['decided'])
    if 'prepare' in texts:
        m.node('Task_PrepareDossier', 'task', A, 1, texts['prepare'])
        steps.append('Task_PrepareDossier')
    c = len(steps) - 1
    m.node('Task_SubmitOnline', 'user', A, c + 1, texts['submit'])
    m.node('Task_VerifyData', 'service', R, c + 2, 'Xác thực định danh qua CSDL dân cư, kiểm tra trùng tên')
    m.node('Task_Review', 'user', R, c + 3, texts['review'])
    m.node('Gateway_Complete', 'xor', R, c + 4, 'Hồ sơ hợp lệ?')
    m.node('Task_Supplement', 'user', A, c + 4, texts['supplement'])
    m.node('Task_IssueCertificate', 'user', R, c + 5, texts['issue'])
    m.node('Task_ShareData', 'service', R, c + 6, texts['share'])
    m.node('Task_ReceiveResult', 'user', A, c + 7, 'Nhận Giấy chứng nhận điện tử')
    m.node('EndEvent_Registered', 'end', A, c + 8, texts['registered'])
    m.chain(*steps, 'Task_SubmitOnline', 'Task_VerifyData', 'Task_Review', 'Gateway_Complete')
    m.flow('Gateway_Complete', 'Task_IssueCertificate', name='Hợp lệ', cond='${approved}')
    m.flow('Gateway_Complete', 'Task_Supplement', name='Chưa hợp lệ', default=True)
    m.flow('Task_Supplement', 'Task_Review')
    m.join_before('Task_Review', 'Gateway_Resubmitted')
    m.chain('Task_IssueCertificate', 'Task_ShareData', 'Task_ReceiveResult', 'EndEvent_Registered')
    for doc_id, name, row in documents:
        m.doc(doc_id, name, A, row, inputs=['Task_SubmitOnline'])
    for store_id, name, row in stores:
        m.store(store_id, name, R, row, inputs=['Task_VerifyData'])
    return m


# ---------------------------------------------------------------------------------------------
# 2.001610 Đăng ký thành lập doanh nghiệp tư nhân
# ---------------------------------------------------------------------------------------------
def business_as_is():
    return registration_as_is(
        '2.001610', 'Đăng ký thành lập DNTN – hiện trạng (nộp hồ sơ giấy)',
        ('Người thành lập doanh nghiệp', 'Bộ phận một cửa - Phòng Đăng ký kinh doanh (Sở Tài chính)',
         'Chuyên viên Phòng Đăng ký kinh doanh'),
        dict(decided='Quyết định thành lập doanh nghiệp',
             prepare='Soạn giấy đề nghị, kê khai ngành nghề kinh doanh',
             certify='Chứng thực bản sao CCCD của chủ doanh nghiệp',
             submit='Nộp hồ sơ bản giấy tại Phòng Đăng ký kinh doanh',
             receive='Tiếp nhận hồ sơ, thu lệ phí và phí công bố',
             review='Xem xét hồ sơ, kiểm tra tên doanh nghiệp',
             supplement='Nhận thông báo, nộp lại hồ sơ sửa đổi tại quầy',
             issue='Cấp Giấy chứng nhận đăng ký doanh nghiệp',
             registered='Doanh nghiệp được thành lập'),
        [('Doc_Application', 'Giấy đề nghị đăng ký doanh nghiệp'),
         ('Doc_IdCopy', 'Bản sao chứng thực CCCD của chủ doanh nghiệp'),
         ('Doc_Authorization', 'Văn bản ủy quyền cho người nộp hồ sơ')])


def business_to_be():
    return registration_to_be(
        '2.001610', 'Đăng ký thành lập DNTN – đề xuất (trực tuyến toàn trình, định danh VNeID)',
        ('Người thành lập doanh nghiệp', 'Chuyên viên Phòng Đăng ký kinh doanh'),
        dict(decided='Quyết định thành lập doanh nghiệp',
             prepare='Soạn giấy đề nghị, kê khai ngành nghề kinh doanh',
             submit='Nộp hồ sơ trên Hệ thống thông tin quốc gia về ĐKDN (VNeID), thanh toán trực tuyến',
             review='Xem xét hồ sơ, kiểm tra tên doanh nghiệp',
             supplement='Sửa đổi, bổ sung hồ sơ trực tuyến',
             issue='Cấp Giấy chứng nhận đăng ký doanh nghiệp điện tử',
             share='Tự động chia sẻ dữ liệu sang cơ quan thuế, BHXH; công bố nội dung đăng ký',
             registered='Doanh nghiệp được thành lập'),
        [('Doc_Application', 'Giấy đề nghị đăng ký doanh nghiệp (điện tử)', 1)],
        [('Store_Population', 'CSDL quốc gia về dân cư', 2),
         ('Store_BusinessRegistry', 'CSDL quốc gia về đăng ký doanh nghiệp', 3)])


# ---------------------------------------------------------------------------------------------
# 3.000333 Cấp Phiếu Lý lịch tư pháp (Công an tỉnh)
# ---------------------------------------------------------------------------------------------
def judicial_as_is():
    m = Model('3.000333', 'AS_IS', 'Cấp Phiếu lý lịch tư pháp – hiện trạng (nộp tại quầy, xác minh bằng văn bản)')
    m.lane('Lane_Applicant', 'Công dân (người yêu cầu cấp Phiếu)')
    m.lane('Lane_Reception', 'Bộ phận tiếp nhận - Công an tỉnh')
    m.lane('Lane_Records', 'Cán bộ lý lịch tư pháp - Công an tỉnh')
    A, R, L = 'Lane_Applicant', 'Lane_Reception', 'Lane_Records'
    m.message('Message_VerificationReply', 'KetQuaXacMinh')
    m.pool('Participant_Courts', 'Cơ quan liên quan (Tòa án, Viện kiểm sát, cơ quan thi hành án)')
    m.node('StartEvent_Need', 'start', A, 0, 'Cần Phiếu lý lịch tư pháp')
    m.node('Task_PrepareDossier', 'task', A, 1, 'Điền tờ khai, sao chụp giấy tờ tùy thân')
    m.node('Task_SubmitCounter', 'manual', A, 2, 'Đến Công an tỉnh nộp hồ sơ, nộp phí')
    m.node('Task_ReceiveDossier', 'user', R, 3, 'Tiếp nhận hồ sơ, thu phí, viết giấy hẹn')
    m.node('Task_Review', 'user', L, 4, 'Tra cứu CSDL lý lịch tư pháp')
    m.node('Task_RequestVerification', 'send', L, 5, 'Gửi văn bản đề nghị xác minh')
    m.node('Event_VerificationReply', 'message', L, 6, 'Nhận kết quả xác minh', message='Message_VerificationReply')
    m.node('Task_IssueRecord', 'user', L, 7, 'Lập, trình ký Phiếu lý lịch tư pháp')
    m.node('Timer_Wait', 'timer', A, 8, 'Chờ kết quả (10 ngày làm việc)', duration=wd(10))
    m.node('Task_CollectRecord', 'manual', A, 9, 'Quay lại Công an tỉnh nhận Phiếu')
    m.node('EndEvent_Issued', 'end', A, 10, 'Có Phiếu lý lịch tư pháp')
    m.chain(*m.order)
    m.mflow('MessageFlow_Request', 'Task_RequestVerification', 'Participant_Courts', 'Văn bản đề nghị xác minh')
    m.mflow('MessageFlow_Reply', 'Participant_Courts', 'Event_VerificationReply', 'Kết quả xác minh')
    m.doc('Doc_Application', 'Tờ khai yêu cầu cấp Phiếu (Mẫu số 01/2025/LLTP)', A, 0, inputs=['Task_SubmitCounter'])
    m.doc('Doc_IdCopy', 'Bản sao CCCD (xuất trình bản chính)', A, 1, inputs=['Task_SubmitCounter'])
    m.doc('Doc_Authorization', 'Văn bản ủy quyền (công chứng, chứng thực)', A, 3, inputs=['Task_SubmitCounter'])
    return m


def judicial_to_be():
    m = Model('3.000333', 'TO_BE', 'Cấp Phiếu lý lịch tư pháp – đề xuất (trên VNeID, tra cứu liên thông)', executable=True)
    m.lane('Lane_Applicant', 'Công dân (người yêu cầu cấp Phiếu)', 'applicant')
    m.lane('Lane_Records', 'Cán bộ lý lịch tư pháp - Công an tỉnh', 'cong-an')
    A, L = 'Lane_Applicant', 'Lane_Records'
    m.node('StartEvent_Need', 'start', A, 0, 'Cần Phiếu lý lịch tư pháp')
    m.node('Task_SubmitOnline', 'user', A, 1, 'Yêu cầu cấp Phiếu trên VNeID (Mẫu số 04/2025/LLTP), nộp phí trực tuyến')
    m.node('Task_VerifyData', 'service', L, 2, 'Xác thực định danh, tra cứu CSDL lý lịch tư pháp và dữ liệu án tích liên thông')
    m.node('Task_Review', 'user', L, 3, 'Kiểm tra kết quả tra cứu')
    m.node('Task_IssueRecord', 'user', L, 4, 'Ký số Phiếu lý lịch tư pháp điện tử')
    m.node('Task_ReceiveResult', 'user', A, 5, 'Nhận Phiếu điện tử trên VNeID')
    m.node('EndEvent_Issued', 'end', A, 6, 'Có Phiếu lý lịch tư pháp')
    m.chain(*m.order)
    m.doc('Doc_Application', 'Tờ khai điện tử (Mẫu số 04/2025/LLTP)', A, 1, inputs=['Task_SubmitOnline'])
    m.store('Store_Population', 'CSDL quốc gia về dân cư', L, 1, inputs=['Task_VerifyData'])
    m.store('Store_CriminalRecords', 'CSDL lý lịch tư pháp', L, 3, inputs=['Task_VerifyData'])
    return m


# ---------------------------------------------------------------------------------------------
# 1.000894 Đăng ký kết hôn
# ---------------------------------------------------------------------------------------------
def marriage_as_is():
    m = Model('1.000894', 'AS_IS', 'Đăng ký kết hôn – hiện trạng (một bên đăng ký ngoài nơi thường trú)')
    m.lane('Lane_Applicant', 'Công dân (hai bên nam, nữ)')
    m.lane('Lane_HomeCivilStatus', 'Công chức tư pháp - hộ tịch xã nơi thường trú')
    m.lane('Lane_OneStop', 'Bộ phận một cửa (Trung tâm phục vụ hành chính công xã)')
    m.lane('Lane_CivilStatus', 'Công chức tư pháp - hộ tịch xã nơi đăng ký kết hôn')
    A, Hm, O, C = 'Lane_Applicant', 'Lane_HomeCivilStatus', 'Lane_OneStop', 'Lane_CivilStatus'
    m.node('StartEvent_Decided', 'start', A, 0, 'Hai bên quyết định kết hôn')
    m.node('Task_RequestSingleStatus', 'manual', A, 1, 'Đến UBND xã nơi thường trú xin Giấy xác nhận tình trạng hôn nhân')
    m.node('Task_IssueSingleStatus', 'user', Hm, 2, 'Xác minh, cấp Giấy xác nhận tình trạng hôn nhân')
    m.node('Timer_WaitSingleStatus', 'timer', A, 3, 'Chờ kết quả (3 ngày làm việc)', duration=wd(3))
    m.node('Task_CollectSingleStatus', 'manual', A, 4, 'Quay lại nhận Giấy xác nhận tình trạng hôn nhân')
    m.node('Task_SubmitCounter', 'manual', A, 5, 'Hai bên đến nộp hồ sơ đăng ký kết hôn')
    m.node('Task_ReceiveDossier', 'user', O, 6, 'Tiếp nhận, kiểm tra hồ sơ')
    m.node('Task_Review', 'user', C, 7, 'Kiểm tra, xác minh điều kiện kết hôn')
    m.node('Timer_WaitCeremony', 'timer', A, 8, 'Chờ hẹn ngày trao Giấy chứng nhận', duration=wd(1))
    m.node('Task_SignRegister', 'manual', A, 9, 'Hai bên có mặt ký Sổ đăng ký kết hôn')
    m.node('Task_IssueCertificate', 'user', C, 10, 'Ghi Sổ, trao Giấy chứng nhận kết hôn')
    m.node('EndEvent_Married', 'end', C, 11, 'Đã đăng ký kết hôn')
    m.chain(*m.order)
    m.doc('Doc_SingleStatusForm', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', A, 0, inputs=['Task_RequestSingleStatus'])
    m.doc('Doc_Application', 'Tờ khai đăng ký kết hôn', A, 2, inputs=['Task_SubmitCounter'])
    m.doc('Doc_SingleStatus', 'Giấy xác nhận tình trạng hôn nhân', A, 3, inputs=['Task_SubmitCounter'])
    m.doc('Doc_IdBoth', 'CCCD của hai bên (xuất trình)', A, 4, inputs=['Task_SubmitCounter'])
    m.doc('Doc_ResidenceProof', 'Giấy tờ chứng minh nơi cư trú', A, 6, inputs=['Task_SubmitCounter'])
    return m


def marriage_to_be():
    m = Model('1.000894', 'TO_BE', 'Đăng ký kết hôn – đề xuất (nộp trực tuyến, tình trạng hôn nhân tra cứu từ CSDL hộ tịch)', executable=True)
    m.lane('Lane_Applicant', 'Công dân (hai bên nam, nữ)', 'applicant')
    m.lane('Lane_CivilStatus', 'Công chức tư pháp - hộ tịch xã nơi đăng ký kết hôn', 'tu-phap')
    A, C = 'Lane_Applicant', 'Lane_CivilStatus'
    m.node('StartEvent_Decided', 'start', A, 0, 'Hai bên quyết định kết hôn')
    m.node('Task_SubmitOnline', 'user', A, 1, 'Nộp tờ khai đăng ký kết hôn trực tuyến (hai bên xác thực VNeID)')
    m.node('Task_VerifyData', 'service', C, 2, 'Tra cứu tình trạng hôn nhân (CSDL hộ tịch), CSDL dân cư')
    m.node('Task_Review', 'user', C, 3, 'Kiểm tra, xác minh điều kiện kết hôn')
    m.node('Gateway_Approved', 'xor', C, 4, 'Đủ điều kiện?')
    m.node('Task_ScheduleCeremony', 'service', C, 5, 'Hẹn ngày trao Giấy chứng nhận qua VNeID')
    m.node('Task_NotifyRefusal', 'service', C, 5, 'Thông báo từ chối, nêu rõ lý do', row=1)
    m.node('EndEvent_Refused', 'end', C, 6, 'Từ chối đăng ký', row=1)
    m.node('Task_SignRegister', 'manual', A, 6, 'Hai bên có mặt ký Sổ đăng ký kết hôn')
    m.node('Task_IssueCertificate', 'user', C, 7, 'Ghi Sổ, trao Giấy chứng nhận kết hôn')
    m.node('EndEvent_Married', 'end', C, 8, 'Đã đăng ký kết hôn')
    m.chain('StartEvent_Decided', 'Task_SubmitOnline', 'Task_VerifyData', 'Task_Review', 'Gateway_Approved')
    m.flow('Gateway_Approved', 'Task_ScheduleCeremony', name='Đủ', cond='${approved}')
    m.flow('Gateway_Approved', 'Task_NotifyRefusal', name='Không', default=True)
    m.flow('Task_NotifyRefusal', 'EndEvent_Refused')
    m.chain('Task_ScheduleCeremony', 'Task_SignRegister', 'Task_IssueCertificate', 'EndEvent_Married')
    m.doc('Doc_Application', 'Tờ khai đăng ký kết hôn (điện tử)', A, 1, inputs=['Task_SubmitOnline'])
    m.store('Store_CivilStatus', 'CSDL hộ tịch điện tử', C, 1, inputs=['Task_VerifyData'])
    m.store('Store_Population', 'CSDL quốc gia về dân cư', C, 3, inputs=['Task_VerifyData'])
    return m


# ---------------------------------------------------------------------------------------------
# 1.001612 Đăng ký thành lập hộ kinh doanh
# ---------------------------------------------------------------------------------------------
def household_as_is():
    return registration_as_is(
        '1.001612', 'Đăng ký thành lập hộ kinh doanh – hiện trạng (nộp tại quầy)',
        ('Chủ hộ kinh doanh (cá nhân)', 'Bộ phận một cửa (Trung tâm phục vụ hành chính công xã)',
         'Công chức đăng ký hộ kinh doanh (UBND xã)'),
        dict(decided='Quyết định mở hộ kinh doanh',
             prepare='Điền giấy đề nghị đăng ký hộ kinh doanh',
             certify='Sao chụp CCCD, chứng thực văn bản ủy quyền của thành viên hộ gia đình',
             submit='Nộp hồ sơ, lệ phí tại Trung tâm phục vụ hành chính công xã',
             receive='Tiếp nhận hồ sơ, thu lệ phí, viết giấy hẹn',
             review='Kiểm tra hồ sơ, tên hộ kinh doanh',
             supplement='Nhận thông báo, bổ sung hồ sơ tại quầy',
             issue='Cấp Giấy chứng nhận đăng ký hộ kinh doanh',
             registered='Hộ kinh doanh được đăng ký'),
        [('Doc_Application', 'Giấy đề nghị đăng ký hộ kinh doanh'),
         ('Doc_IdCopy', 'Bản sao thẻ căn cước của chủ hộ kinh doanh'),
         ('Doc_FamilyAuthorization', 'Văn bản ủy quyền của thành viên hộ gia đình (chứng thực)')])


def household_to_be():
    return registration_to_be(
        '1.001612', 'Đăng ký thành lập hộ kinh doanh – đề xuất (trực tuyến toàn trình, định danh VNeID)',
        ('Chủ hộ kinh doanh (cá nhân)', 'Công chức đăng ký hộ kinh doanh (UBND xã)'),
        dict(decided='Quyết định mở hộ kinh doanh',
             submit='Nộp giấy đề nghị trực tuyến (VNeID), thành viên hộ gia đình xác nhận, nộp lệ phí trực tuyến',
             review='Kiểm tra hồ sơ, tên hộ kinh doanh',
             supplement='Bổ sung hồ sơ trực tuyến',
             issue='Cấp Giấy chứng nhận đăng ký hộ kinh doanh điện tử',
             share='Tự động chia sẻ dữ liệu sang cơ quan thuế',
             registered='Hộ kinh doanh được đăng ký'),
        [('Doc_Application', 'Giấy đề nghị đăng ký hộ kinh doanh (điện tử)', 1)],
        [('Store_Population', 'CSDL quốc gia về dân cư', 1),
         ('Store_BusinessRegistry', 'Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh', 3)])


MODELS = [
    (birth_as_is, 'Hiện trạng: cha mẹ làm ba thủ tục riêng (khai sinh tại UBND xã, thường trú tại Công an xã, thẻ BHYT tại BHXH), 7 lần đến cơ quan, chứng thực bản sao Giấy khai sinh để nộp tiếp.'),
    (birth_to_be, 'Đề xuất: liên thông khai sinh – thường trú – BHYT trẻ dưới 6 tuổi; một tờ khai điện tử, dữ liệu khai thác từ CSDL dân cư, giấy chứng sinh điện tử, CSDL hộ tịch; các cơ quan trao đổi tự động; chỉ đến cơ quan nếu cần bản giấy.'),
    (residence_as_is, 'Hiện trạng: công chứng hợp đồng, chứng thực bản sao, nộp tại quầy, bổ sung hồ sơ tại quầy, quay lại nhận thông báo.'),
    (residence_to_be, 'Đề xuất: chủ hộ đồng ý trên VNeID, nộp trực tuyến, chỗ ở hợp pháp và diện tích tra cứu từ CSDL đất đai, không cần công chứng hợp đồng, thông báo kết quả qua VNeID.'),
    (building_as_is, 'Hiện trạng: chứng thực bản sao GCN QSDĐ, nộp hồ sơ giấy, bổ sung tại quầy, quay lại nộp lệ phí và nhận giấy phép.'),
    (building_to_be, 'Đề xuất: nộp trực tuyến có ký số, GCN QSDĐ khai thác từ CSDL đất đai, bổ sung trực tuyến, giấy phép điện tử; chỉ một lần đến nhận bản vẽ đóng dấu.'),
    (business_as_is, 'Hiện trạng: chứng thực bản sao CCCD, nộp hồ sơ giấy tại Phòng Đăng ký kinh doanh, sửa đổi tại quầy, quay lại nhận Giấy chứng nhận.'),
    (business_to_be, 'Đề xuất: nộp trên Hệ thống thông tin quốc gia về ĐKDN bằng định danh VNeID (không cần bản sao CCCD, không cần ủy quyền), Giấy chứng nhận điện tử, dữ liệu chia sẻ tự động sang thuế và BHXH.'),
    (judicial_as_is, 'Hiện trạng: nộp tờ khai, bản sao CCCD tại Công an tỉnh, xác minh bằng văn bản với Tòa án, Viện kiểm sát, cơ quan thi hành án; quay lại nhận Phiếu.'),
    (judicial_to_be, 'Đề xuất: yêu cầu trên VNeID, tra cứu liên thông CSDL lý lịch tư pháp thay cho văn bản xác minh, Phiếu điện tử trên VNeID; không phải đến cơ quan.'),
    (marriage_as_is, 'Hiện trạng: một bên phải về UBND xã nơi thường trú xin Giấy xác nhận tình trạng hôn nhân (2 lần đến), sau đó hai bên nộp hồ sơ và quay lại ký Sổ.'),
    (marriage_to_be, 'Đề xuất: nộp tờ khai trực tuyến, tình trạng hôn nhân tra cứu từ CSDL hộ tịch (bỏ Giấy xác nhận), chỉ một lần đến để hai bên ký Sổ và nhận Giấy chứng nhận.'),
    (household_as_is, 'Hiện trạng: sao chụp CCCD, chứng thực văn bản ủy quyền của thành viên hộ gia đình, nộp tại Trung tâm phục vụ hành chính công xã, bổ sung tại quầy, quay lại nhận Giấy chứng nhận.'),
    (household_to_be, 'Đề xuất: nộp trực tuyến bằng định danh VNeID, thành viên hộ gia đình xác nhận trực tuyến thay cho văn bản ủy quyền chứng thực, Giấy chứng nhận điện tử, dữ liệu chia sẻ tự động sang cơ quan thuế.'),
]


def main():
    check_only = '--check' in sys.argv
    os.makedirs(OUT, exist_ok=True)
    index = []
    failed = False
    for build, comment in MODELS:
        m = build()
        xml = m.to_xml()
        problems = m.check()
        for p in problems:
            print(f'{m.code} {m.kind}: {p}')
        failed |= bool(problems)
        name = f'{m.code}.{m.kind}.bpmn'
        index.append(dict(code=m.code, kind=m.kind, file=name, author='Demo', comment=comment))
        if not check_only:
            with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
                f.write(xml)
    if not check_only:
        with open(os.path.join(OUT, 'index.json'), 'w', encoding='utf-8') as f:
            json.dump(index, f, ensure_ascii=False, indent=2)
            f.write('\n')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
