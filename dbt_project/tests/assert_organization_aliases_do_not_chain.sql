-- An alias leads straight to a canonical name: one that is itself an alias (a chain), or an alias that names
-- itself, would count the same organization under two keys depending on which row was read.
with

aliases as (

    select
        alias,
        canonical_name
    from {{ ref('stg_seeds__organization_aliases') }}

),

final as (

    select
        aliases.alias,
        aliases.canonical_name
    from aliases
    left join aliases as targets
        on aliases.canonical_name = targets.alias
    where targets.alias is not null or aliases.alias = aliases.canonical_name

)

select * from final
