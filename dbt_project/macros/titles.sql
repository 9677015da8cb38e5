{#-
    The administrative level a title's body sits at, read from the words that name it (村, 镇, 区委, 市长,
    省政府, 中共中央 ...): village, township, county, city, province, national, or null.  One definition for
    dim_titles and fct_person_titles.
-#}
{% macro title_admin_level(title) -%}
    case
        when regexp_matches({{ title }}, '村') then 'village'
        when regexp_matches({{ title }}, '(镇|乡|街道)') then 'township'
        when regexp_matches({{ title }}, '(区委|区政府|区人大|区政协|区长|县委|县政府|县人大|县政协|县长|旗委)') then 'county'
        when regexp_matches({{ title }}, '(市委|市政府|市人大|市政协|市长|州委|州长|盟委)') then 'city'
        when regexp_matches({{ title }}, '(省委|省政府|省人大|省政协|省长|自治区)') then 'province'
        when regexp_matches({{ title }}, '(^中共中央|^中央|国务院|全国|^国家|总书记|总理)') then 'national'
    end
{%- endmacro %}
