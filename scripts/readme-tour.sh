#!/usr/bin/env bash
# Regenerates the README's tour (between the tour markers) from a real run on fixtures/.
# Usage: scripts/readme-tour.sh [BIN]   (default: the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${CARGO_TARGET_DIR:-$HOME/.cache/diplograph-target}/debug/diplograph}
DB=$(mktemp -d)/tour.db
P='PREFIX dg: <https://w3id.org/diplograph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <http://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#>'
out=$(mktemp)
block() { printf '%s\n' '```' "$@" '```'; }
query() {  # title, sparql
  printf '**%s**\n\n' "$1"
  block "$2" | sed '1s/```/```sparql/'
  block "$("$BIN" query --store "$DB" --format table "$P $2")"
  echo
}
{
  echo '<!-- tour:start -->'
  echo 'After `cargo run -- ingest fixtures/` (output pasted from a real run by `scripts/readme-tour.sh`):'
  echo
  ingest=$("$BIN" ingest --store "$DB" fixtures/ 2>&1 | sed "s|$DB|./diplograph.db|")
  block "\$ diplograph ingest fixtures/" "$ingest" "\$ diplograph stats" "$("$BIN" stats --store "$DB")"
  echo
  echo 'The queries below start with'
  echo "\`$P\`."
  echo
  query 'Who met Lavrov, where and when?' 'SELECT DISTINCT ?who ?place ?date WHERE { GRAPH ?g {
  ?l rdfs:label "Sergey Lavrov" . ?e dg:participant ?l ; a dg:Meeting ; dg:participant ?x .
  ?x a dg:Person ; rdfs:label ?who . FILTER(?x != ?l)
  OPTIONAL { ?e dg:place ?p . ?p rdfs:label ?place } OPTIONAL { ?e dg:date ?date }
} } ORDER BY ?date ?who'
  echo 'The pattern sits inside `GRAPH ?g` (each article'"'"'s graph) on purpose: on the union'
  echo 'default graph, a label or a participant stated in many articles is matched once per'
  echo 'article, and a pattern joining several of them multiplies those matches (this query'
  echo 'ran for minutes that way on the fixtures store; per article it takes a fraction of a'
  echo 'second, and `DISTINCT` removes the repeats across articles).'
  echo
  query 'Everyone holding a former position' 'SELECT DISTINCT ?person ?title ?of WHERE {
  ?p dg:holdsPosition ?x ; rdfs:label ?person .
  ?x dg:status dg:Former ; dg:title ?title . OPTIONAL { ?x dg:affiliation/rdfs:label ?of }
} ORDER BY ?person'
  query 'Every event in a given place' 'SELECT ?type ?date (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?participants) WHERE {
  ?e dg:place/rdfs:label "Prague" ; a ?c ; dg:participant/rdfs:label ?who .
  ?c rdfs:subClassOf dg:Event . BIND(STRAFTER(STR(?c), "#") AS ?type) OPTIONAL { ?e dg:date ?date }
} GROUP BY ?e ?type ?date'
  query 'Who spoke to which outlet?' 'SELECT DISTINCT ?speaker ?outlet WHERE {
  ?e a dg:Statement ; dg:speaker/rdfs:label ?speaker ; dg:addressee ?o .
  ?o rdfs:label ?outlet ; dg:kind "media"
}'
  query 'The articles behind a fact (meetings in New York)' 'SELECT DISTINCT ?headline ?url WHERE {
  ?e a dg:Meeting ; dg:place/rdfs:label "New York" ; prov:wasDerivedFrom ?a .
  ?a schema:headline ?headline ; schema:url ?url
}'
  echo '(The table view cuts cells at 80 characters; `--format csv|tsv|json|xml` never cut.)'
  echo
  echo '**Network figures** (`diplograph network`, the top brokers first):'
  echo
  block "$("$BIN" network --store "$DB" | head -10)"
  "$BIN" graph --store "$DB" --type meeting,call,visit,summit --min-weight 2 --format svg --output docs/network.svg
  echo '<!-- tour:end -->'
} >"$out"
python3 - "$out" <<'PY'
import sys, re
tour = open(sys.argv[1]).read()
readme = open("README.md").read()
new = re.sub(r"<!-- tour:start -->.*?<!-- tour:end -->\n", lambda m: tour, readme, flags=re.S)
open("README.md", "w").write(new)
PY
echo "README tour regenerated" >&2
