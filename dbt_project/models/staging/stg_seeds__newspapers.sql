with

source as (

    select
        paper,
        name,
        name_en,
        home_adcode,
        home_level,
        cadence,
        language
    from {{ ref('newspapers') }}

),

renamed as (

    select
        cast(paper as varchar) as paper,
        cast(name as varchar) as newspaper_name,
        cast(name_en as varchar) as newspaper_name_en,
        cast(nullif(trim(home_adcode), '') as varchar) as home_adcode,
        cast(home_level as varchar) as home_level,
        cast(cadence as varchar) as cadence,
        cast(language as varchar) as language_code
    from source

),

final as (

    select * from renamed

)

select * from final
