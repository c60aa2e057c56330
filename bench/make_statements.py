#!/usr/bin/env python3
"""Writes bank statements of N entries for the import benchmarks, always the same bytes for the
same arguments (seeded generator, fixed dates):

  --camt FILE  a camt.053.001.08 statement, one account, opening and closing balances that agree,
               entries shaped like a French bank's (transfers with remittance text, end-to-end id,
               debtor name and IBAN; card debits; now and then a batch of cheques)
  --csv FILE   a Crédit Agricole-style CSV: Windows-1252, a preamble, "Date;Libellé;Débit euros;
               Crédit euros;", decimal comma, thousands space, some quoted multi-line labels

  python3 bench/make_statements.py --camt out.xml --csv out.csv --entries 100000

The CSV is read with: encoding Windows-1252, skip 7 lines, header row, date dd/MM/yyyy,
booking date column 0, label column 1, debit 2, credit 3 (also what CsvMapping::guess finds).
"""
import argparse
import datetime
import random

NAMES = ["Jean Dupont", "Marie Martin", "Éléonore Lefèvre", "Paul Durand", "Céline Roux",
         "André Léger", "Françoise Moreau", "Hélène Girard", "Noël Bonnet", "Zoé Faure"]
TEXTS = ["DON RECOURS ZONE HUMIDE", "SOUTIEN ASSOCIATION", "DON MENSUEL", "COTISATION 2024",
         "POUR LE RECOURS CONTRE LA DÉVIATION", "MERCI POUR VOTRE ACTION"]
SHOPS = ["LA POSTE NIORT", "PAPETERIE DU CENTRE", "IMPRIMERIE DUVAL", "SNCF INTERNET", "OVH SAS"]
START = datetime.date(2024, 1, 1)


def iban(rng):
    bban = "%05d%05d%011d%02d" % (rng.randrange(10000, 99999), rng.randrange(100000), rng.randrange(10**11), rng.randrange(100))
    number = int(bban + "152700")  # "FR00" with letters as digits
    return "FR%02d%s" % (98 - number % 97, bban)


def entries(count, seed):
    """(day offset, cents signed, kind, name, text, iban, e2e) for each entry."""
    rng = random.Random(seed)
    for i in range(count):
        day = i * 365 // max(count, 1)
        roll = rng.random()
        if roll < 0.6:
            cents = rng.choice([1000, 2000, 2500, 5000, 10000, 15000]) + rng.randrange(0, 100) * (i % 2)
            yield day, cents, "transfer", rng.choice(NAMES), rng.choice(TEXTS), iban(rng), "DON-%08d" % i
        elif roll < 0.95:
            yield day, -rng.randrange(100, 20000), "card", "", rng.choice(SHOPS), "", ""
        else:
            cheques = [rng.choice([2000, 3000, 5000]) for _ in range(rng.randrange(2, 6))]
            yield day, sum(cheques), "cheques", "", "", "", cheques


def amount(cents):
    return "%d.%02d" % (abs(cents) // 100, abs(cents) % 100)


def write_camt(path, count, seed):
    rows = list(entries(count, seed))
    opening = 123456
    closing = opening + sum(r[1] for r in rows)
    end = START + datetime.timedelta(days=365)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n<BkToCstmrStmt>\n'
                  '<GrpHdr><MsgId>BENCH-%d</MsgId><CreDtTm>2025-01-01T06:00:00</CreDtTm></GrpHdr>\n<Stmt>\n'
                  '<Id>BENCH-2024</Id>\n<FrToDt><FrDtTm>2024-01-01T00:00:00</FrDtTm><ToDtTm>%sT23:59:59</ToDtTm></FrToDt>\n'
                  '<Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id><Ccy>EUR</Ccy><Nm>LES AMIS DU MARAIS</Nm></Acct>\n'
                  % (count, end.isoformat()))
        for code, cents in (("OPBD", opening), ("CLBD", closing)):
            out.write('<Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt>'
                      '<CdtDbtInd>%s</CdtDbtInd><Dt><Dt>%s</Dt></Dt></Bal>\n'
                      % (code, amount(cents), "CRDT" if cents >= 0 else "DBIT",
                         (START if code == "OPBD" else end).isoformat()))
        for i, (day, cents, kind, name, text, debtor, extra) in enumerate(rows):
            date = (START + datetime.timedelta(days=day)).isoformat()
            out.write('<Ntry>\n<NtryRef>%d</NtryRef>\n<Amt Ccy="EUR">%s</Amt>\n<CdtDbtInd>%s</CdtDbtInd>\n'
                      '<Sts><Cd>BOOK</Cd></Sts>\n<BookgDt><Dt>%s</Dt></BookgDt>\n<ValDt><Dt>%s</Dt></ValDt>\n'
                      '<AcctSvcrRef>BENCH%08d</AcctSvcrRef>\n'
                      '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\n'
                      % (i + 1, amount(cents), "CRDT" if cents >= 0 else "DBIT", date, date, i))
            if kind == "transfer":
                out.write('<NtryDtls><TxDtls>\n<Refs><EndToEndId>%s</EndToEndId></Refs>\n'
                          '<Amt Ccy="EUR">%s</Amt>\n<RltdPties><Dbtr><Pty><Nm>%s</Nm></Pty></Dbtr>'
                          '<DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct></RltdPties>\n'
                          '<RmtInf><Ustrd>%s</Ustrd></RmtInf>\n</TxDtls></NtryDtls>\n'
                          % (extra, amount(cents), name, debtor, text))
                out.write('<AddtlNtryInf>VIR SEPA RECU /DE %s /MOTIF %s</AddtlNtryInf>\n' % (name.upper(), text))
            elif kind == "card":
                out.write('<AddtlNtryInf>FACTURE CARTE DU %s %s</AddtlNtryInf>\n' % (date, text))
            else:
                out.write('<NtryDtls>\n')
                for k, cheque in enumerate(extra):
                    out.write('<TxDtls><Amt Ccy="EUR">%s</Amt><RmtInf><Ustrd>CHQ %07d</Ustrd></RmtInf></TxDtls>\n'
                              % (amount(cheque), i * 10 + k))
                out.write('</NtryDtls>\n<AddtlNtryInf>REMISE CHEQUES %d CHQ</AddtlNtryInf>\n' % len(extra))
            out.write('</Ntry>\n')
        out.write('</Stmt>\n</BkToCstmrStmt>\n</Document>\n')


def french_amount(cents):
    units = "{:,}".format(abs(cents) // 100).replace(",", " ")
    return "%s%s,%02d" % ("-" if cents < 0 else "", units, abs(cents) % 100)


def write_csv(path, count, seed):
    with open(path, "w", encoding="cp1252", newline="\r\n") as out:
        out.write("Téléchargement du 01/01/2025;\n\nCCHQ;n° 12345678901;\nSolde au 31/12/2024 1 234,56 €\n\n"
                  "Liste des opérations du compte entre le 01/01/2024 et le 31/12/2024;\n\n"
                  "Date;Libellé;Débit euros;Crédit euros;\n")
        for i, (day, cents, kind, name, text, _debtor, _extra) in enumerate(entries(count, seed)):
            date = (START + datetime.timedelta(days=day)).strftime("%d/%m/%Y")
            if kind == "transfer":
                label = "VIREMENT EN VOTRE FAVEUR \n %s \n %s" % (name.upper(), text)
            elif kind == "card":
                label = "PAIEMENT PAR CARTE %s" % text
            else:
                label = "REMISE CHEQUES N %07d" % i
            debit, credit = ("", french_amount(cents)) if cents >= 0 else (french_amount(-cents), "")
            out.write('%s;"%s";%s;%s;\n' % (date, label, debit, credit))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--camt")
    parser.add_argument("--csv")
    parser.add_argument("--entries", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args()
    if not args.camt and not args.csv:
        parser.error("give --camt FILE and/or --csv FILE")
    if args.camt:
        write_camt(args.camt, args.entries, args.seed)
    if args.csv:
        write_csv(args.csv, args.entries, args.seed)


if __name__ == "__main__":
    main()
