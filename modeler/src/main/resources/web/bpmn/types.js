// The names of BPMN element types as a process analyst reads them, Vietnamese first: one table for the BPMN editor's
// dictionary (palette, replace menu, properties panel header) and for the pages that list elements (compare page,
// the modeler's side panel).
import { texts } from '../kit/i18n.js';

/** Every BPMN type a page or the editor names, keyed by its qualified name: [Vietnamese, English]. */
export const TYPE_NAMES = {
  'bpmn:Task': ['Nhiệm vụ', 'Task'],
  'bpmn:UserTask': ['Nhiệm vụ người dùng', 'User task'],
  'bpmn:ServiceTask': ['Nhiệm vụ dịch vụ', 'Service task'],
  'bpmn:SendTask': ['Nhiệm vụ gửi tin', 'Send task'],
  'bpmn:ReceiveTask': ['Nhiệm vụ nhận tin', 'Receive task'],
  'bpmn:ManualTask': ['Nhiệm vụ thủ công', 'Manual task'],
  'bpmn:BusinessRuleTask': ['Nhiệm vụ quy tắc nghiệp vụ', 'Business rule task'],
  'bpmn:ScriptTask': ['Nhiệm vụ kịch bản', 'Script task'],
  'bpmn:CallActivity': ['Hoạt động gọi quy trình', 'Call activity'],
  'bpmn:SubProcess': ['Quy trình con', 'Sub-process'],
  'bpmn:AdHocSubProcess': ['Quy trình con tự do', 'Ad-hoc sub-process'],
  'bpmn:Transaction': ['Giao dịch', 'Transaction'],
  'bpmn:ExclusiveGateway': ['Cổng loại trừ', 'Exclusive gateway'],
  'bpmn:ParallelGateway': ['Cổng song song', 'Parallel gateway'],
  'bpmn:InclusiveGateway': ['Cổng bao hàm', 'Inclusive gateway'],
  'bpmn:ComplexGateway': ['Cổng phức hợp', 'Complex gateway'],
  'bpmn:EventBasedGateway': ['Cổng theo sự kiện', 'Event-based gateway'],
  'bpmn:Gateway': ['Cổng', 'Gateway'],
  'bpmn:StartEvent': ['Sự kiện bắt đầu', 'Start event'],
  'bpmn:EndEvent': ['Sự kiện kết thúc', 'End event'],
  'bpmn:IntermediateThrowEvent': ['Sự kiện trung gian phát', 'Intermediate throw event'],
  'bpmn:IntermediateCatchEvent': ['Sự kiện trung gian chờ', 'Intermediate catch event'],
  'bpmn:BoundaryEvent': ['Sự kiện biên', 'Boundary event'],
  'bpmn:SequenceFlow': ['Luồng tuần tự', 'Sequence flow'],
  'bpmn:MessageFlow': ['Luồng thông điệp', 'Message flow'],
  'bpmn:Association': ['Liên kết', 'Association'],
  'bpmn:DataInputAssociation': ['Liên kết dữ liệu vào', 'Data input association'],
  'bpmn:DataOutputAssociation': ['Liên kết dữ liệu ra', 'Data output association'],
  'bpmn:Participant': ['Bên tham gia (bể)', 'Pool/participant'],
  'bpmn:Lane': ['Làn', 'Lane'],
  'bpmn:Process': ['Quy trình', 'Process'],
  'bpmn:Collaboration': ['Cộng tác', 'Collaboration'],
  'bpmn:TextAnnotation': ['Chú thích', 'Text annotation'],
  'bpmn:Group': ['Nhóm', 'Group'],
  'bpmn:DataObject': ['Đối tượng dữ liệu', 'Data object'],
  'bpmn:DataObjectReference': ['Đối tượng dữ liệu', 'Data object reference'],
  'bpmn:DataStore': ['Kho dữ liệu', 'Data store'],
  'bpmn:DataStoreReference': ['Kho dữ liệu', 'Data store reference'],
  'bpmn:DataInput': ['Dữ liệu vào', 'Data input'],
  'bpmn:DataOutput': ['Dữ liệu ra', 'Data output'],
  'bpmn:Message': ['Thông điệp', 'Message'],
  'bpmn:Signal': ['Tín hiệu', 'Signal'],
  'bpmn:Error': ['Lỗi', 'Error'],
  'bpmn:Escalation': ['Leo thang', 'Escalation']
};

/** The kinds of event definition, as the qualifier of an event's name: [Vietnamese, English]. */
export const EVENT_KINDS = {
  Message: ['thông điệp', 'message'],
  Timer: ['hẹn giờ', 'timer'],
  Conditional: ['điều kiện', 'conditional'],
  Signal: ['tín hiệu', 'signal'],
  Error: ['lỗi', 'error'],
  Escalation: ['leo thang', 'escalation'],
  Compensation: ['bù trừ', 'compensation'],
  Compensate: ['bù trừ', 'compensation'],
  Link: ['liên kết', 'link'],
  Cancel: ['hủy', 'cancel'],
  Terminate: ['chấm dứt', 'terminate'],
  Multiple: ['đa sự kiện', 'multiple'],
  ParallelMultiple: ['đa sự kiện song song', 'parallel multiple']
};

const t = texts('bpmnTypes', TYPE_NAMES);

/** "UserTask" → "User task": the words of a local name, for a type no table knows. */
function words(localName) {
  const spaced = localName.replace(/(\B[A-Z])/g, ' $1').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The name of a BPMN type in the current language ('bpmn:UserTask' or 'UserTask' → "Nhiệm vụ người dùng"); a type
 * the table lacks is said in words of its name; '' for none.
 */
export function typeName(type) {
  if (!type) return '';
  const qualified = type.includes(':') ? type : 'bpmn:' + type;
  return t.has(qualified) ? t(qualified) : words(qualified.slice(qualified.indexOf(':') + 1));
}
