-- The reference texts Procedo seeded in English (V2), in the language of the people who read them: the derivation
-- of the two 2024 tariffs (shown beside every compliance cost and on the report's SCM sheet) and the descriptions of
-- the two built-in priority profiles. A text someone has since changed is left as it is.
update tariffs
set source = 'Thu nhập bình quân tháng của lao động có việc làm năm 2024, Điều tra lao động – việc làm của Tổng cục Thống kê (7,7 triệu đồng); 22 ngày làm việc/tháng; 8 giờ/ngày'
where applicant_type = 'CITIZEN' and tariff_year = 2024
  and source = 'Average monthly income of employed workers 2024, GSO labour force survey (7.7 million VND); 22 working days; 8 hours';
update tariffs
set source = 'Ước tính: thu nhập bình quân tháng của lao động làm công hưởng lương năm 2024 (Điều tra lao động – việc làm của Tổng cục Thống kê, làm tròn 8,8 triệu đồng); 22 ngày làm việc/tháng; 8 giờ/ngày'
where applicant_type = 'BUSINESS' and tariff_year = 2024
  and source = 'Estimate: average monthly income of wage employees 2024 (GSO labour force survey, rounded to 8.8 million VND); 22 working days; 8 hours';
update priority_profiles
set description = 'Bộ tiêu chí mặc định: số hồ sơ, chi phí tuân thủ và tiềm năng tiết kiệm có trọng số như nhau; mức sẵn sàng và khoảng cách trực tuyến phân định phần còn lại.'
where name = 'balanced'
  and description = 'Default profile: volume, cost and saving potential weigh equally; readiness and the online gap break the rest.';
update priority_profiles
set description = 'Ưu tiên thủ tục có giấy tờ đã khai thác lại được từ cơ sở dữ liệu quốc gia (chỉ cung cấp một lần) và tiết kiệm nhiều nhất.'
where name = 'quick-wins'
  and description = 'Favours procedures whose documents can already be reused from national databases (once-only) and that save most.';
