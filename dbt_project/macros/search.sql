{#-
    Full-text search for Chinese without a segmenter: text is indexed as its overlapping character
    bigrams (太湖治理 -> 太湖 湖治 治理), so a query's bigrams all present in an article means the
    article contains the query's characters in those pairs.  Punctuation and spaces split runs; Latin
    letters are lowercased and bigrammed the same way, digits too (a short word still matches itself).
-#}

{% macro cjk_bigrams(expr) -%}
    array_to_string(
        flatten(
            list_transform(
                string_split_regex(
                    trim(regexp_replace(coalesce({{ expr }}, ''), '[^\p{L}\p{N}]+', ' ', 'g')),
                    '\s+'
                ),
                run -> case
                    when length(run) <= 1 then [lower(run)]
                    else list_transform(range(1, length(run)), i -> lower(substr(run, i, 2)))
                end
            )
        ),
        ' '
    )
{%- endmacro %}


{#- Run as a post-hook of the search model: builds the BM25 index and the search macros readers call. -#}
{% macro create_article_search_index(relation) -%}
    pragma create_fts_index(
        '{{ relation.identifier }}', 'article_id', 'search_bigrams',
        stemmer = 'none', stopwords = 'none', ignore = '\s+', strip_accents = 0, lower = 0, overwrite = 1
    );
    create or replace macro {{ relation.schema }}.cjk_bigrams(text_value) as {{ cjk_bigrams('text_value') }};
    create or replace macro {{ relation.schema }}.search_articles(query_text) as table
        select
            articles.article_id,
            articles.issue_date,
            articles.paper,
            articles.headline,
            scored.score
        from (
            select
                article_id,
                fts_main_{{ relation.identifier }}.match_bm25(
                    article_id, {{ relation.schema }}.cjk_bigrams(query_text), conjunctive := 1
                ) as score
            from {{ relation }}
        ) as scored
        inner join {{ relation }} as articles
            on scored.article_id = articles.article_id
        where scored.score is not null
        order by scored.score desc, articles.article_id
{%- endmacro %}
