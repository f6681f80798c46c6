-- The 34 provincial-level units since 1 July 2025 (6 centrally-run cities, 28 provinces) and the former
-- provinces each was formed from (shared data/vn-provinces-2025.csv). Code: the statistical code of the former
-- province that hosts the new unit's seat. Population: estimate, the sum of the former provinces' GSO 2024
-- figures rounded to thousands (see DATA.md); used to spread national volumes over provinces.

insert into localities (code, name, kind, parent_code, population, former_codes) values ('01', 'Thành phố Hà Nội', 'CITY', 'VN', 8686000, '01');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('04', 'Tỉnh Cao Bằng', 'PROVINCE', 'VN', 554000, '04');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('08', 'Tỉnh Tuyên Quang', 'PROVINCE', 'VN', 1730000, '02;08');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('11', 'Tỉnh Điện Biên', 'PROVINCE', 'VN', 653000, '11');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('12', 'Tỉnh Lai Châu', 'PROVINCE', 'VN', 495000, '12');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('14', 'Tỉnh Sơn La', 'PROVINCE', 'VN', 1328000, '14');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('15', 'Tỉnh Lào Cai', 'PROVINCE', 'VN', 1635000, '10;15');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('19', 'Tỉnh Thái Nguyên', 'PROVINCE', 'VN', 1680000, '06;19');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('20', 'Tỉnh Lạng Sơn', 'PROVINCE', 'VN', 816000, '20');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('22', 'Tỉnh Quảng Ninh', 'PROVINCE', 'VN', 1396000, '22');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('24', 'Tỉnh Bắc Ninh', 'PROVINCE', 'VN', 3476000, '24;27');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('25', 'Tỉnh Phú Thọ', 'PROVINCE', 'VN', 3635000, '17;25;26');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('31', 'Thành phố Hải Phòng', 'CITY', 'VN', 4104000, '30;31');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('33', 'Tỉnh Hưng Yên', 'PROVINCE', 'VN', 3215000, '33;34');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('37', 'Tỉnh Ninh Bình', 'PROVINCE', 'VN', 3824000, '35;36;37');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('38', 'Tỉnh Thanh Hóa', 'PROVINCE', 'VN', 3768000, '38');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('40', 'Tỉnh Nghệ An', 'PROVINCE', 'VN', 3468000, '40');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('42', 'Tỉnh Hà Tĩnh', 'PROVINCE', 'VN', 1334000, '42');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('44', 'Tỉnh Quảng Trị', 'PROVINCE', 'VN', 1578000, '44;45');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('46', 'Thành phố Huế', 'CITY', 'VN', 1175000, '46');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('48', 'Thành phố Đà Nẵng', 'CITY', 'VN', 2785000, '48;49');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('51', 'Tỉnh Quảng Ngãi', 'PROVINCE', 'VN', 1842000, '51;62');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('52', 'Tỉnh Gia Lai', 'PROVINCE', 'VN', 3149000, '52;64');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('56', 'Tỉnh Khánh Hòa', 'PROVINCE', 'VN', 1868000, '56;58');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('66', 'Tỉnh Đắk Lắk', 'PROVINCE', 'VN', 2850000, '54;66');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('68', 'Tỉnh Lâm Đồng', 'PROVINCE', 'VN', 3308000, '60;67;68');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('75', 'Tỉnh Đồng Nai', 'PROVINCE', 'VN', 4368000, '70;75');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('79', 'Thành phố Hồ Chí Minh', 'CITY', 'VN', 13532000, '74;77;79');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('80', 'Tỉnh Tây Ninh', 'PROVINCE', 'VN', 2946000, '72;80');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('82', 'Tỉnh Đồng Tháp', 'PROVINCE', 'VN', 3400000, '82;87');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('86', 'Tỉnh Vĩnh Long', 'PROVINCE', 'VN', 3357000, '83;84;86');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('91', 'Tỉnh An Giang', 'PROVINCE', 'VN', 3673000, '89;91');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('92', 'Thành phố Cần Thơ', 'CITY', 'VN', 3196000, '92;93;94');
insert into localities (code, name, kind, parent_code, population, former_codes) values ('96', 'Tỉnh Cà Mau', 'PROVINCE', 'VN', 2136000, '95;96');
