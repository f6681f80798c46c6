-- Reference data that every catalog needs: the national level, the tariffs of the Standard Cost Model and
-- the built-in priority profiles. Provinces follow in V3.

insert into localities (code, name, kind, parent_code, population, former_codes)
values ('VN', 'Toàn quốc', 'NATIONAL', null, null, '');

-- Tariff = value of one hour of the applicant's time, derived as
-- monthly income / working days per month / hours per day, rounded to whole đồng.
insert into tariffs (applicant_type, tariff_year, monthly_income_vnd, working_days_per_month, hours_per_day, source)
values ('CITIZEN', 2024, 7700000, 22, 8,
        'Average monthly income of employed workers 2024, GSO labour force survey (7.7 million VND); 22 working days; 8 hours');
insert into tariffs (applicant_type, tariff_year, monthly_income_vnd, working_days_per_month, hours_per_day, source)
values ('BUSINESS', 2024, 8800000, 22, 8,
        'Estimate: average monthly income of wage employees 2024 (GSO labour force survey, rounded to 8.8 million VND); 22 working days; 8 hours');

insert into priority_profiles (name, description)
values ('balanced', 'Default profile: volume, cost and saving potential weigh equally; readiness and the online gap break the rest.');
insert into profile_weights (profile_name, criterion, weight) values ('balanced', 'VOLUME', 0.25);
insert into profile_weights (profile_name, criterion, weight) values ('balanced', 'ANNUAL_COST', 0.25);
insert into profile_weights (profile_name, criterion, weight) values ('balanced', 'SAVING_POTENTIAL', 0.25);
insert into profile_weights (profile_name, criterion, weight) values ('balanced', 'READINESS', 0.15);
insert into profile_weights (profile_name, criterion, weight) values ('balanced', 'ONLINE_GAP', 0.10);

insert into priority_profiles (name, description)
values ('quick-wins', 'Favours procedures whose documents can already be reused from national databases (once-only) and that save most.');
insert into profile_weights (profile_name, criterion, weight) values ('quick-wins', 'VOLUME', 0.15);
insert into profile_weights (profile_name, criterion, weight) values ('quick-wins', 'ANNUAL_COST', 0.10);
insert into profile_weights (profile_name, criterion, weight) values ('quick-wins', 'SAVING_POTENTIAL', 0.30);
insert into profile_weights (profile_name, criterion, weight) values ('quick-wins', 'READINESS', 0.40);
insert into profile_weights (profile_name, criterion, weight) values ('quick-wins', 'ONLINE_GAP', 0.05);
