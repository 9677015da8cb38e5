with

source as (

    select
        alias,
        canonical_name,
        note
    from {{ ref('organization_aliases') }}

),

renamed as (

    select
        trim(cast(alias as varchar)) as alias,
        trim(cast(canonical_name as varchar)) as canonical_name,
        cast(note as varchar) as note
    from source

),

final as (

    select * from renamed
    where alias is not null and alias <> '' and canonical_name is not null and canonical_name <> ''

)

select * from final
