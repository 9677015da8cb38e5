{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        mention_text,
        start_offset,
        end_offset,
        amount_value,
        amount_unit,
        is_approximate
    from {{ ref('stg_lake__mentions') }}
    where mention_type = 'amount'
    {{ interval_filter('and') }}

),

final as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_text,
        start_offset,
        end_offset,
        amount_value,
        amount_unit,
        case
            when amount_unit in ('CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'KRW', 'RUB') then 'money'
            when amount_unit in ('percent', 'percentage_point') then 'ratio'
            when amount_unit in ('people', 'person_time', 'household') then 'headcount'
            when amount_unit in ('square_km', 'square_metre', 'hectare', 'mu') then 'area'
            when amount_unit in ('km', 'metre') then 'length'
            when amount_unit in ('cubic_metre') then 'volume'
            when amount_unit in ('tonne', 'kg') then 'mass'
            when amount_unit in ('kWh', 'kW') then 'energy'
            when amount_unit in ('celsius') then 'temperature'
            when amount_unit in ('TEU') then 'containers'
            else 'other'
        end as amount_kind,
        is_approximate
    from mentions

)

select * from final
