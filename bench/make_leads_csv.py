#!/usr/bin/env python3
"""Writes a CSV of purchased-list leads for the import benchmark.

    python3 bench/make_leads_csv.py [-n ROWS] [--seed SEED] [-o FILE]
            [--duplicates PERCENT] [--invalid PERCENT]

    python3 bench/make_leads_csv.py -o /tmp/leads_1m.csv     # 1,000,000 rows
    build/examples/cpp/import_leads /tmp/leads_1m.csv 127.0.0.1:50051

The columns are those examples/cpp/import_leads.cc reads: first_name,
last_name, company, email, title, phone, website, industry, city, country.
Rows are realistic and distinct: each has its own company (a made-up
brand), so its own web and email domain, and its own phone number, so no
two match under any duplicate rule. The same seed and options give the
same file, byte for byte. Besides them:

  - --duplicates percent of rows (default 3) repeat an earlier row's person
    in a way the server's duplicate rules catch: the same email address in
    other letter case, or the same phone number in international form
    (+CC, no leading 0) with another email address;
  - --invalid percent of rows (default 1) are invalid: no last_name, or an
    email address without an @ (rejected by the server, row by row).

Stdlib only; writes about 300,000 rows a second. Without -o it
writes to standard output. A summary (rows, duplicates, invalid) goes to
standard error.
"""

import argparse
import random
import sys
import unicodedata

FIRST_NAMES = (
    "Ada Alan Grace Katherine Edsger Barbara John Radia Donald Margaret Linus "
    "Ken Dennis Bjarne Guido Frances Hedy Annie Dorothy Jean Mary Evelyn Sophie "
    "Lukas Mia Noah Emma Liam Olivia Elias Lea Jonas Hannah Felix Lena Paul Clara "
    "Mateo Lucia Hugo Chloe Louis Ines Arjun Priya Wei Mei Hiroshi Yuki Kwame Amara "
    "Olga Ivan Sven Astrid Lars Ingrid Pedro Camila Diego Valentina Omar Layla "
    "Tariq Fatima Chen Ravi Anika Tomás Zoë Renée Søren Björn Małgorzata Ciarán"
).split()

LAST_NAMES = (
    "Lovelace Turing Hopper Johnson Dijkstra Liskov Knuth Perlman Hamilton Torvalds "
    "Thompson Ritchie Stroustrup Rossum Allen Lamarr Easley Vaughan Bartik Keller "
    "Boyd Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann "
    "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Rossi Russo Ferrari "
    "García Fernández López Martínez Sánchez Pérez Silva Santos Oliveira Costa "
    "Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Walker "
    "O'Brien O'Neill Murphy Kelly Walsh Byrne Nakamura Tanaka Suzuki Kim Park Lee "
    "Nguyen Tran Patel Shah Singh Kumar Okafor Mensah Haddad Nasser Novak Kowalski "
    "Andersen Nielsen Johansson Lindberg Virtanen Jansen de-Vries van-Dijk"
).split()

# Company names are made-up brands (two or three consonant-vowel
# syllables) and a trade, one company per lead, so that leads are distinct
# under every duplicate rule, domain-and-company included.
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]

COMPANY_NOUNS = (
    "Engines Computing Mechanics Networks Press Programs Systems Software Labs "
    "Logistics Foods Health Energy Robotics Analytics Capital Foundry Works Media "
    "Partners Consulting Dynamics Solutions Industries Materials Biotech Retail"
).split()

TLDS = (".com", ".io", ".net", ".co", ".example")

FREEMAIL = ("mail.example", "post.example", "inbox.example")

LEGAL_FORMS = ("", "", "", " Inc.", " Ltd", " GmbH", " SA", " BV", " LLC", " AB", ", Inc.")

TITLES = (
    "CEO", "CTO", "CFO", "COO", "Founder", "VP Sales", "VP Engineering",
    "Head of Marketing", "Director of Operations", "Procurement Manager",
    "IT Manager", "Sales Lead", "Product Manager", "Data Scientist",
    "Software Engineer", "Office Manager", "Purchasing Agent",
    "Professor, Emeritus", "Chief Scientist", "Account Executive",
)

INDUSTRIES = (
    "Technology", "Manufacturing", "Finance", "Healthcare", "Retail",
    "Education", "Energy", "Media", "Transportation", "Hospitality",
    "Agriculture", "Construction", "Telecommunications", "Consulting",
)

# country, calling code, cities
PLACES = (
    ("UK", "44", ("London", "Manchester", "Edinburgh", "Bristol", "Milton Keynes")),
    ("US", "1", ("New York", "Austin", "Seattle", "Boston", "Hampton", "Stanford")),
    ("DE", "49", ("Berlin", "München", "Hamburg", "Köln", "Frankfurt")),
    ("FR", "33", ("Paris", "Lyon", "Toulouse", "Nantes", "Lille")),
    ("IE", "353", ("Dublin", "Cork", "Galway")),
    ("ES", "34", ("Madrid", "Barcelona", "Valencia", "Sevilla")),
    ("NL", "31", ("Amsterdam", "Rotterdam", "Utrecht", "Eindhoven")),
    ("SE", "46", ("Stockholm", "Göteborg", "Malmö")),
    ("JP", "81", ("Tokyo", "Osaka", "Kyoto")),
    ("IN", "91", ("Bengaluru", "Mumbai", "Pune")),
)

COLUMNS = ("first_name,last_name,company,email,title,phone,website,industry,city,country")


def ascii_slug(text):
    """Lower-case ASCII letters and digits only, for email addresses."""
    text = unicodedata.normalize("NFKD", text.lower())
    for letter, plain in (("ø", "o"), ("ł", "l"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe")):
        text = text.replace(letter, plain)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def csv_field(value):
    if "," in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--rows", type=int, default=1_000_000, help="data rows (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--duplicates", type=float, default=3.0, help="percent of duplicate rows (default 3)")
    parser.add_argument("--invalid", type=float, default=1.0, help="percent of invalid rows (default 1)")
    args = parser.parse_args()
    if args.rows < 0 or not 0 <= args.duplicates + args.invalid <= 100:
        parser.error("rows must be >= 0, and duplicates + invalid at most 100 percent")

    rng = random.Random(args.seed)
    rand = rng.random

    def choice(items):  # random.choice, without its overhead
        return items[int(rand() * len(items))]

    dup_share = args.duplicates / 100
    bad_share = dup_share + args.invalid / 100

    first_names = [(name, ascii_slug(name)) for name in FIRST_NAMES]
    last_names = [(name.replace("-", " "), ascii_slug(name)) for name in LAST_NAMES]
    places = [(country, code, city) for country, code, cities in PLACES for city in cities]

    # Row n's company: n mapped one-to-one onto brands x trades, scrambled by
    # a prime multiplier (coprime with the size), so every row has its own.
    syllables = len(SYLLABLES)
    company_space = syllables**3 * len(COMPANY_NOUNS)
    if args.rows > company_space:
        parser.error("at most %d rows" % company_space)
    offset = rng.randrange(company_space)

    def company_of(n):
        k, noun = divmod((n * 2_654_435_761 + offset) % company_space, len(COMPANY_NOUNS))
        a, k = divmod(k, syllables * syllables)
        b, c = divmod(k, syllables)
        brand = SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]
        trade = COMPANY_NOUNS[noun]
        return brand.capitalize() + " " + trade, brand + trade.lower() + choice(TLDS)

    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    write = out.write
    write(COLUMNS + "\n")
    # Valid rows a duplicate can repeat.
    people = []
    batch = []
    duplicates = invalid = 0
    for n in range(args.rows):
        roll = rand()
        if people and roll < dup_share:
            first, last, company, email, title, phone, website, industry, city, country, code = choice(people)
            if not phone or rand() < 0.5:  # the same email address, in other case
                email = email.upper() if rand() < 0.5 else email.capitalize()
            else:  # the same phone in international form, another address
                phone = "+%s %s" % (code, phone[1:])
                email = "%s.%s.%d@%s" % (ascii_slug(first), ascii_slug(last) or "x", n, choice(FREEMAIL))
            duplicates += 1
        else:
            first, first_slug = choice(first_names)
            last, last_slug = choice(last_names)
            name, domain = company_of(n)
            company = name + choice(LEGAL_FORMS)
            country, code, city = choice(places)
            title = choice(TITLES)
            industry = choice(INDUSTRIES)
            website = "https://www." + domain if rand() < 0.7 else ""
            # The row number makes email and phone distinct.
            email = "%s.%s@%s" % (first_slug, last_slug, domain)
            phone = "0%d %04d %04d" % (20 + n % 80, n // 10000 % 10000, n % 10000) if rand() < 0.8 else ""
            if roll < bad_share:
                if rand() < 0.5:
                    last = ""
                else:
                    email = email.replace("@", " at ")
                invalid += 1
            else:
                people.append((first, last, company, email, title, phone, website, industry, city, country, code))
        batch.append(",".join((
            csv_field(first), csv_field(last), csv_field(company), email, csv_field(title),
            phone, website, industry, city, country)))
        if len(batch) == 10_000:
            write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        write("\n".join(batch) + "\n")
    if out is not sys.stdout:
        out.close()
    print("%d rows: %d duplicates, %d invalid" % (args.rows, duplicates, invalid), file=sys.stderr)


if __name__ == "__main__":
    main()
