#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/
# (run by hand after a change to the protos or the token format; the output
# is checked in). Needs protoc (ci/install_deps.sh) and python3.
#   filter_fuzz              filters, as List requests carry them
#   page_token_fuzz          first byte 0: a token as sent; 1: the key
#                            section of a token the harness signs itself
#   request_validators_fuzz  first byte: the request type (see the .cc),
#                            then the request's wire format
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fuzz/corpus

rm -rf "$out"
mkdir -p "$out"/{filter_fuzz,page_token_fuzz,request_validators_fuzz}

# --- filters: the README's, every field type, and near misses -------------
n=0
filter() { n=$((n + 1)); printf '%s' "$1" >"$(printf '%s/filter_fuzz/%02d' "$out" "$n")"; }
filter 'status = "Open - Not Contacted" AND lead_source = Web AND company:"engines"'
filter 'account = "accounts/01jexample"'
filter 'create_time > "2024-01-31T09:00:00Z" AND update_time <= "2024-01-31T10:00:00.5+01:00"'
filter 'converted = false meeting_agreed = true OR price_agreed != true'
filter 'NOT (rating = Hot OR rating = "Warm") AND -owner = "users/ada"'
filter 'stage = "Closed Won" AND amount >= 1000.5 AND close_date < 2026-12-31'
filter 'forecast_category = COMMIT OR forecast_category != PIPELINE'
filter "email:'ada@' AND last_name = 'O\\'Brien' AND company:\"50%_off\\\\\""
filter '((((status = a))))'
filter 'status = AND'
filter 'status = "unterminated'
filter 'a=1b=2'
filter 'display_name:"Ltd." industry = Engineering website != ""'
# Negations nested as deep as allowed: once overflowed SQLite's parser.
filter "$(printf -- '-%.0s' {1..32})amount_currency = USD"

# --- page tokens: made as the server makes them ---------------------------
python3 - "$out/page_token_fuzz" <<'PY'
import base64, hashlib, hmac, struct, sys
out = sys.argv[1]
KEY = b"fuzz-signing-key"  # as in page_token_fuzz.cc
QUERY = b'leads\nstatus = "Open - Not Contacted"\ncreate_time desc\n'

def sign(key, data):
    return hmac.new(key, data, hashlib.sha256).digest()[:16]

def keys(*values):
    body = b""
    for v in values:
        if isinstance(v, int):
            body += b"i" + struct.pack(">Q", v & 0xFFFFFFFFFFFFFFFF)
        else:
            body += b"s" + struct.pack(">Q", len(v)) + v
    return body

def token(body, key=KEY, query=QUERY):
    payload = b"\x01" + sign(key, query)[:8] + body
    return base64.urlsafe_b64encode(payload + sign(key, payload)).rstrip(b"=")

seeds = {
    "valid": b"\x00" + token(keys(1764169200000000, b"01abc")),
    "valid_one_key": b"\x00" + token(keys(b"Lovelace")),
    "other_key": b"\x00" + token(keys(1, b"x"), key=b"other-database"),
    "other_query": b"\x00" + token(keys(1, b"x"), query=b"accounts\n\n\n"),
    "truncated": b"\x00" + token(keys(1, b"x"))[:20],
    "not_base64": b"\x00!!!not base64!!!",
    "zeros": b"\x00" + b"A" * 32,
    "keys_int_text": b"\x01" + keys(-5, b"01abc"),
    "keys_three": b"\x01" + keys(b"", 0, b"Z" * 40),
    "keys_none": b"\x01",
    "keys_overlong_text": b"\x01s" + b"\xff" * 8 + b"abc",
    "keys_short_int": b"\x01i\x00\x01",
    "keys_bad_tag": b"\x01x" + b"\x00" * 8,
}
for name, data in seeds.items():
    with open(f"{out}/{name}", "wb") as f:
        f.write(data)
PY

# --- requests: type byte + wire format (protoc --encode) ------------------
request() {  # NAME TYPE_BYTE MESSAGE TEXT_FORMAT
  local file=$out/request_validators_fuzz/$1
  printf "\\x$2" >"$file"
  printf '%s' "$4" | protoc -Iprotos --encode="leadflow.v1.$3" \
    leadflow/v1/lead_service.proto leadflow/v1/account_service.proto \
    leadflow/v1/opportunity_service.proto leadflow/v1/event_service.proto >>"$file"
}
request create_lead 00 CreateLeadRequest '
  lead { first_name: "Ada" last_name: "Lovelace" company: "Analytical Engines"
         email: "ada@engines.example" website: "https://engines.example"
         lead_source: "Web" rating: "Warm"
         source_detail { web_form { form: "pricing-page" submission: "sub-4711" } } }
  request_id: "2f1d0c6e-6a38-4a51-9d3e-0d6f4f1f8a01"'
request create_lead_nameless 00 CreateLeadRequest 'lead { company: "Nameless Inc" }'
request update_lead 01 UpdateLeadRequest '
  lead { name: "leads/01jfuzzlead" etag: "W/\"1\"" status: "Working - Contacted" meeting_agreed: true }
  update_mask { paths: "status" paths: "meeting_agreed" }'
request update_lead_converted_status 81 UpdateLeadRequest '
  lead { name: "leads/01jfuzzlead" status: "Closed - Converted" }
  update_mask { paths: "status" }'
request update_lead_nested 01 UpdateLeadRequest '
  lead { name: "leads/01jfuzzlead" address { city: "London" } }
  update_mask { paths: "address.city" paths: "annual_revenue" }'
request create_opportunity 02 CreateOpportunityRequest '
  opportunity { account: "accounts/01jfuzzaccount" display_name: "Difference Engine No. 2"
                amount { currency_code: "GBP" units: 17000 } close_date { year: 2026 month: 3 day: 31 } }'
request update_opportunity_stage 03 UpdateOpportunityRequest '
  opportunity { name: "opportunities/01jfuzzopp" stage: "Closed Lost" loss_reason: "Price" }
  update_mask { paths: "stage" paths: "loss_reason" }'
request update_opportunity_all 83 UpdateOpportunityRequest '
  opportunity { name: "opportunities/01jfuzzopp" stage: "Needs Analysis" probability: 150 }'
request convert_lead 04 ConvertLeadRequest '
  name: "leads/01jfuzzlead" account: "accounts/01jfuzzaccount"
  opportunity_name: "Analytical Engines - Difference Engine No. 2"
  opportunity_amount { currency_code: "GBP" units: 17000 }
  request_id: "5d0c8f5e-2b0a-4c55-8d5e-6f7a9b1c2d3e"'
request convert_lead_contradictory 84 ConvertLeadRequest '
  name: "leads/01jfuzzlead" contact: "contacts/01jfuzzcontact" opportunity: "opportunities/01jfuzzopp"
  do_not_create_opportunity: true opportunity_name: "x"'
request create_account 05 CreateAccountRequest '
  account { display_name: "Analytical Engines Ltd." phone: "+44 20 7946 0000" website: "engines.example" }'
request create_contact 06 CreateContactRequest '
  contact { account: "accounts/01jfuzzaccount" last_name: "Lovelace" email: "ada@engines.example" }'
request update_account 07 UpdateAccountRequest '
  account { name: "accounts/01jfuzzaccount" annual_revenue { currency_code: "EUR" units: -1 } }
  update_mask { paths: "annual_revenue" }'
request update_contact 08 UpdateContactRequest '
  contact { name: "contacts/01jfuzzcontact" account: "accounts/other" email: "not-an-email" }
  update_mask { paths: "*" }'
request list_events 09 ListEventsRequest '
  page_size: 100 after_sequence: 42
  filter { resource_types: OPPORTUNITY types: OPPORTUNITY_CLOSED_WON resource: "opportunities/01jfuzzopp" }'
request list_events_bad 09 ListEventsRequest 'page_size: -1 after_sequence: -7 filter { types: 99 resource: "users/1" }'
request watch_events 0a WatchEventsRequest '
  after_sequence: 7 filter { resource_types: LEAD } heartbeat_interval { seconds: 5 }'
request watch_events_contradictory 0a WatchEventsRequest '
  start_at_latest: true after_sequence: 3 heartbeat_interval { seconds: 0 nanos: 999999999 }'
echo "tests/fuzz/make_corpus.sh: wrote $(find "$out" -type f | wc -l) seeds under $out"
