with

ingest_files as (

    select
        ingest_file_id,
        run_key,
        source_file,
        issue_id,
        issue_date,
        outcome,
        reason,
        warnings,
        byte_size
    from {{ ref('stg_lake__ingest_files') }}

),

final as (

    select
        ingest_file_id,
        run_key,
        source_file,
        outcome,
        reason,
        outcome = 'quarantined' as is_quarantined,
        issue_id,
        issue_date,
        byte_size,
        len(warnings) as warning_count,
        warnings
    from ingest_files

)

select * from final
