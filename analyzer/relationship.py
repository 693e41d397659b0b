"""The vendor relationship: processor (수탁자) or recipient (제공받는 자), whether personal data
goes abroad, and whether pseudonymised data is shared. It decides which requirements apply.

Each document yields weighted signals with their text and offsets (so a reviewer can see why);
the vendor's relationship is the balance of the signals across its documents, unless the
vendors.csv manifest states it. Countries come from pycountry's English and Korean names, with a
few Korean names that are also ordinary words (인도 "delivery", 수단 "means", 가나) left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Sequence

from .findings import Signal
from .types import Segment

_AMBIGUOUS_EN = {"Jersey", "Georgia", "Jordan", "Chad", "Guinea", "Niger", "Turkey", "Dominica", "Mali", "Oman",
                 "Panama", "Congo", "Monaco", "Bermuda", "Cuba", "Sudan", "Israel"}
# An ambiguous name still names its country after a word of place ("visiting Israel and Jordan", "in Oman") or as the
# last part of an address ("Tiberias, Israel"), not Georgia or Jersey, which are also American states there
_PLACED_NAMES_EN = _AMBIGUOUS_EN - {"Georgia", "Jersey"}
_PLACED_AMBIGUOUS_EN = re.compile(r"\b(" + "|".join(sorted(_PLACED_NAMES_EN)) + r")\b(?![ \t]+[A-Z])")
# (the word before the name, read once a name is found: a search that starts with the alternatives of the word before
# tries them at every position of every segment)
_PLACE_WORD_BEFORE = re.compile(r"(?:\b(?:in|to|from|of|across|within|visiting|and|or) |, )$")
# (요르단, 모나코 and 니제르 are no Korean words: they name their countries)
# (이란 is also "what is called", in every Korean definition: "'개인정보처리시스템'이란"; 도미니카 is two countries)
_AMBIGUOUS_KO = {"인도", "가나", "수단", "오만", "말리", "차드", "기니", "토고", "통가", "조지아", "이란", "도미니카"}
_EXTRA_NAMES = {
    "US": ["United States of America", "USA", "U.S.A.", "U.S.", "US", "미합중국", "미 합중국"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England"],
    "CN": ["PRC", "Mainland China"],
    "TW": ["Taiwan", "대만"],
    "VN": ["Vietnam"],
    "RU": ["Russia", "러시아"],
    # the short Korean names contracts write where pycountry's are the official ones ("러시아 연방", "이란 이슬람 공화국")
    "LA": ["라오스"], "BO": ["볼리비아"], "VE": ["베네수엘라"], "TZ": ["탄자니아"], "BN": ["Brunei", "브루나이"],
    "BA": ["Bosnia", "보스니아"], "MD": ["몰도바"], "SY": ["시리아"], "SA": ["사우디"], "ZA": ["남아공"], "SG": ["싱가폴"],
    "IN": ["인도 공화국", "인도(India)"],
    "AU": ["호주"],
    "NL": ["Holland"],
    "CZ": ["Czech Republic"],
    "TR": ["터키"],  # (English "Turkey" is left out: also a bird and a dish)
    "EU": ["European Union", "European Economic Area", "EEA", "EU", "유럽연합", "유럽 연합", "유럽경제지역", "유럽"],
}
# Cities and cloud regions that contracts name instead of the country ("resides in Tokyo", "AWS us-east-1",
# "하노이 사무소"): read as their country. Only names that are not also common words (not 선전 'Shenzhen',
# which also means 'promotion').
_CITY_NAMES = {
    "JP": ["Tokyo", "Osaka", "Fukuoka", "Yokohama", "도쿄", "오사카", "후쿠오카", "요코하마", "ap-northeast-1", "ap-northeast-3"],
    "CN": ["Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "상하이", "베이징", "광저우", "항저우", "cn-north-1"],
    "PH": ["Manila", "Cebu", "Makati", "마닐라"],  # not 세부 'Cebu', which also means 'detailed'
    "VN": ["Hanoi", "Ho Chi Minh City", "Da Nang", "하노이", "호치민", "다낭"],
    "TH": ["Bangkok", "방콕"],
    "AE": ["Dubai", "Abu Dhabi", "두바이", "아부다비"],
    "DE": ["Frankfurt", "Berlin", "Munich", "프랑크푸르트", "베를린", "뮌헨", "eu-central-1"],
    "GB": ["London", "런던", "eu-west-2"],
    "IE": ["Dublin", "더블린", "eu-west-1"],
    "AU": ["Sydney", "Melbourne", "시드니", "멜버른", "ap-southeast-2"],
    "ID": ["Jakarta", "자카르타"],
    "MY": ["Kuala Lumpur", "쿠알라룸푸르"],
    "IN": ["Mumbai", "Bangalore", "Bengaluru", "Hyderabad", "Chennai", "뭄바이", "벵갈루루", "방갈로르", "ap-south-1"],
    "SG": ["ap-southeast-1"],
    "US": ["California", "Virginia", "Oregon", "Seattle", "Silicon Valley", "캘리포니아", "버지니아", "오리건", "시애틀",
           "us-east-1", "us-east-2", "us-west-1", "us-west-2"],
}
_DOMESTIC_NAMES = ["Korea", "South Korea", "Republic of Korea", "대한민국", "한국", "국내"]
_CASE_SENSITIVE = {"US", "UK", "EU", "EEA", "PRC", "USA", "U.S.", "U.K.", "U.S.A."}

_OVERSEAS_STRONG = re.compile(
    r"국\s*외\s*(?:로\s*)?(?:이\s*전|보\s*관|제\s*공|처\s*리\s*위\s*탁|에\s*서\s*(?:보관|처리|접속))|해\s*외\s*(?:로\s*)?(?:이\s*전|보\s*관|서\s*버|소\s*재)|"
    r"이\s*전\s*(?:받\s*는\s*자|되\s*는\s*국\s*가|국\s*가)|"
    # remote access is a transfer only from abroad: domestic maintenance contracts are full of 원격 접속
    r"(?:국\s*외|해\s*외)[^.。]{0,30}?원\s*격\s*(?:접\s*속|접\s*근|조\s*회)|원\s*격\s*(?:접\s*속|접\s*근|조\s*회)[^.。]{0,30}?(?:국\s*외|해\s*외)|"
    r"\b(?:overseas|offshore|cross-border|international)\s+(?:transfers?|processing|storage|access|recipients?|data\s+transfers?)\b|"
    r"\btransfer(?:s|red|ring)?\s+(?:of\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:data|information)\s+)?(?:outside|out\s+of)\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea\b|"
    r"\b(?:data\s+cent(?:er|re)s?|servers?|hosting|storage|support\s+(?:staff|teams?|centres?|centers?))\s+(?:\w+\s+){0,3}(?:located|situated|based)\s+(?:in|outside)\b|"
    r"\bremote(?:ly)?\s+(?:access(?:ed)?|support)\s+from\b|\bfollow[- ]the[- ]sun\b|\bdata\s+importer\b|"
    r"\bstandard\s+contractual\s+clauses\b|\bthird\s+countr(?:y|ies)\b|"
    # people who handle the data from many countries ("testers based all over the world")
    r"\b(?:based|located|working|work|operating|operate|spread)\b[^.;]{0,20}?\b(?:all\s+over|around|across|throughout)\s+the\s+world\b|"
    r"\bin\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:other\s+)?countries\b|"
    r"(?:세\s*계\s*각\s*(?:국|지)|전\s*세\s*계\s*(?:곳\s*곳|각\s*지)|\d+\s*개\s*(?:이\s*상\s*의\s*)?(?:국\s*가|나\s*라))",
    re.IGNORECASE,
)
# "servers located in Seoul": the place named right after a location phrase is in Korea
# Korea and its cities, in English and in Korean: one list for the place phrases below
_KO_PLACE_NAMES_EN = (r"(?:(?:Republic\s+of\s+|South\s+)?Korea|Seoul|Busan|Incheon|Daejeon|Daegu|Gwangju|Ulsan|Sejong|Pangyo|"
                      r"Gyeonggi|Seongnam|Suwon|Jeju|Gangnam|Yongin|Goyang)\b")
_KO_PLACE_NAMES_KO = (r"(?:대\s*한\s*민\s*국|한\s*국|국\s*내|서\s*울|부\s*산|인\s*천|대\s*전|대\s*구|광\s*주|울\s*산|세\s*종|"
                      r"판\s*교|경\s*기|성\s*남|수\s*원|제\s*주)")
_KOREAN_PLACE = re.compile(r"\s*(?:(?:the|its|our|their|[\w-]+['’]s)\s+)?" + _KO_PLACE_NAMES_EN, re.IGNORECASE)
_HOSTED_IN = re.compile(r"\b(?:data\s+cent(?:er|re)s?|servers?|cloud\s+regions?)\s+in\s+(?:the\s+)?(?=[A-Z])|"
                        # "Listener Data is stored in the United States", "sent to and held in the United Kingdom"
                        r"\b(?:stored|held|hosted|kept|housed|processed|transferred|sent|transmitted)\s+(?:(?:and|or)\s+\w+\s+)?(?:in|to|into)\s+(?:the\s+)?(?=[A-Z])|"
                        # "may process Member Data in the United States", "stores customer information in Singapore"
                        r"\b(?i:process|store|host|keep|hold|access)(?:es|s|ed|d|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?i:data|information|details|records)\s+in\s+(?:the\s+)?(?=[A-Z])")
# The partner's seat or the place where its people handle the data ("a company incorporated in Singapore",
# "processed by our affiliates in India", "our support team in Manila may view tickets"): a foreign place
# named right after these is where the data goes
_FOREIGN_SITE = re.compile(
    r"\b(?:incorporated|established|organi[sz]ed|registered|headquartered|domiciled)\s+(?:in|under\s+the\s+laws\s+of)\s+(?:the\s+)?(?=[A-Z])|"
    r"\b(?:processed|accessed|viewed|handled|stored|kept|held|hosted|fulfilled|shipped|dispatched|resides?|residing)\b[^.;]{0,50}?\bin\s+(?:the\s+)?(?=[A-Z]|[a-z]{2}-[a-z]+-\d)")
_FOREIGN_TEAM = re.compile(
    r"\b(?:warehouses?|offices?|head\s+office|headquarters|centres?|centers?|facilit(?:y|ies)|teams?|staff|engineers|agents|"
    r"affiliates?|subsidiar(?:y|ies)|personnel|employees)\s+(?:located\s+|based\s+)?in\s+(?:the\s+)?(?=[A-Z])")
_HANDLES_DATA = re.compile(r"\b(?:view|access|process|handle|store|use|ship|fulfil|receive|see|read|review)\w*\b", re.IGNORECASE)
_HOSTED_IN_KO = re.compile(
    r"([가-힣A-Za-z]{2,12})\s*(?:에\s*(?:있\s*는|소\s*재\s*한?|위\s*치\s*한?|두\s*는|설\s*치\s*된)|소\s*재|현\s*지)\s*(?:의\s*)?"
    r"(?:서\s*버|데\s*이\s*터\s*센\s*터|IDC|전\s*산\s*센\s*터|클\s*라\s*우\s*드)|"
    # "청취자 정보는 미국에 저장된다", "일본으로 전송하여 보관한다"
    r"([가-힣A-Za-z]{2,12})\s*(?:에\s*서|에|으\s*로|로)\s*(?:저\s*장|보\s*관|이\s*전|전\s*송|처\s*리)\s*(?:되|한|하|된|합|됩)"
)
# "싱가포르, 필리핀 … 국가에서 개인정보에 접근하거나 처리할 수 있다", "필리핀 마닐라 소재 운영센터에서 서비스를 수행": work done
# from a place abroad (the country is looked for just before the 에서)
_WORKED_FROM_KO = re.compile(r"에\s*서\s*[^.。]{0,30}?(?:접\s*근|접\s*속|조\s*회|열\s*람|처\s*리|수\s*행|검\s*수|발\s*송|배\s*송|보\s*관|저\s*장)")
_KOREAN_PLACE_KO = re.compile(_KO_PLACE_NAMES_KO + r"\s*(?:내|안)?\s*$")
# access or work from abroad is a transfer (Art. 28-8(1) counts 조회) wherever the servers are, so it outweighs a
# "대한민국 소재 서버" statement; the weight marks these signals for infer()
_WORKED_FROM_WEIGHT = 3.5
# what is not done abroad: "… 이전하지 아니한다" (not "… 절차가 필요하지 아니하다", which waives the rules for a transfer)
_NOT_DONE_KO = r"(?:(?!필\s*요|절\s*차|적\s*용)[^.。]){0,40}?(?:하\s*여\s*서\s*는|해\s*서\s*는|하\s*지)\s*(?:아\s*니|않|못)"
_DATA_ACT_KO = (r"처\s*리|보\s*관|저\s*장|접\s*근|접\s*속|조\s*회|이\s*용|운\s*영|수\s*행|호\s*스\s*팅|관\s*리|보\s*유|작\s*업|열\s*람|"
                r"백\s*업|서\s*버|데\s*이\s*터|정\s*보|자\s*료")
_DOMESTIC = re.compile(
    # "국외로 이전하지 아니한다"
    # (not 국외 inside a name: "한국외국어대학교에서 … 하지 않는다")
    r"(?<!한)(?<!한\s)국\s*외\s*(?:로|에\s*서)?" + _NOT_DONE_KO + r"|"
    # the data's place: "국내에서만 처리한다", "보관은 국내에서만 한다" (not "소송은 국내에서만 진행됩니다")
    r"(?:" + _DATA_ACT_KO + r")[^.。]{0,30}?국\s*내\s*에\s*서\s*만|국\s*내\s*에\s*서\s*만[^.。]{0,30}?(?:" + _DATA_ACT_KO + r")|"
    # "대한민국 밖에 보관하지 아니한다" (a particle after 밖/외: not 한국외국어대학교), "작업 장소는 … 모두 대한민국에 있다"
    r"(?:대\s*한\s*민\s*국|한\s*국)\s*(?:밖|외)\s*(?:으\s*로|로|에\s*서|에)" + _NOT_DONE_KO + "|"
    r"모\s*두\s*(?:대\s*한\s*민\s*국|국\s*내)\s*에\s*(?:있\s*다|있\s*으\s*며|있\s*고|소\s*재\s*한\s*다|위\s*치\s*한\s*다)|"
    r"대\s*한\s*민\s*국\s*(?:내|안)\s*에\s*서\s*만|(?:대\s*한\s*민\s*국|국\s*내)\s*에?\s*(?:있\s*는|소\s*재\s*한?|위\s*치\s*한)\s*[^.。]{0,20}?(?:전\s*산\s*센\s*터|데\s*이\s*터\s*센\s*터|서\s*버|IDC)|"
    r"\b(?:shall|will|may)\s+not\s+(?:\w+\s+){0,4}(?:transfer|store|access|process)\s+(?:\w+\s+){0,5}outside\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea|"
    # "Neither the Contractor nor any subcontractor may store it outside the Republic of Korea", "work sites …, all of
    # which are in the Republic of Korea"
    r"\bneither\b[^.;]{0,60}?\bnor\b[^.;]{0,40}?\b(?:may|shall|will|can)\s+(?:\w+\s+){0,3}(?:transfer|store|access|process|host|keep|hold|connect)\b[^.;]{0,80}?\boutside\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea|"
    r"\ball\s+of\s+which\s+are\s+(?:located\s+|situated\s+)?in\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea\b|"
    # (the data's place: "stored and processed only in Korea", not "your claim will be pursued only in Korea")
    r"\b(?:stor|process|host|keep|kept|held|hold|handl|access|locat|remain|resid|maintain|sav|back(?:ed)?\s+up|transmit|record)\w*\b"
    r"[^.;]{0,60}?\b(?:only|exclusively|solely)\s+(?:with)?in\s+(?:the\s+)?(?:Republic\s+of\s+)?Korea\b",
    re.IGNORECASE,
)
# Where the documents place the data, in Korea or abroad ("stored on our servers in Korea", "processes it at its
# offices in London", a table row "이전 국가 싱가포르 미국", "국내에서만 처리"): with such a statement anywhere, the role
# clause need not repeat the places (ROLE-CLASSIFY's location checks apply only `when: not located`). A party's seat
# ("incorporated in Singapore") places the company, not the data.
_LOCATION_LABEL = re.compile(
    r"\b(?:(?:processing|storage|hosting|server|data|review|service|delivery|approved|access|support|transfer)\s+"
    r"(?:locations?|sites?|countr(?:y|ies)|regions?)|locations?\s+of\s+(?:processing|storage|(?:the\s+)?data)|"
    r"countr(?:y|ies)\s+(?:of|for)\s+(?:processing|storage|transfer|hosting))\b|"
    r"(?:처\s*리|보\s*관|저\s*장|이\s*전|접\s*속|조\s*회|서\s*버)\s*(?:국\s*가|장\s*소|위\s*치|지\s*역)",
    re.IGNORECASE)
#: evidence shown per kind of signal (infer()); also the segments with place statements per document after which no more
#: are looked for
_EVIDENCE_PER_KIND = 3
_PERMISSION = re.compile(r"\b(?:without|unless|except|save\s+with)\b|없\s*이|받\s*지\s*(?:않|아\s*니)\s*하?\s*고|경\s*우\s*(?:를|에)", re.IGNORECASE)
_SEAT = re.compile(r"(?:incorporated|established|organi[sz]ed|registered|headquartered|domiciled)\b", re.IGNORECASE)
_KOREAN_PLACE_ANY = re.compile(r"\b" + _KO_PLACE_NAMES_EN + "|" + _KO_PLACE_NAMES_KO, re.IGNORECASE)


def _placing(text: str, lang: str, places: list[tuple[str, int, int, str]],
             found: Callable[[re.Pattern[str]], list[re.Match[str]]]) -> Iterator[re.Match[str]]:
    """The phrases of one segment that say where the data is kept, handled or accessed from (`found` gives a place
    phrase's matches in the segment, searched once for this and for the overseas signals)."""
    from .classify.rules import is_negated

    def placed_after(m: re.Match[str], label: bool = False) -> bool:
        """A place right after a phrase ("servers in Seoul"); after a label ("Processing locations:"), anywhere in the
        row that follows."""
        after = text[m.end(): m.end() + (80 if label else 40)]
        return bool((places and countries_in(after)) or _KOREAN_PLACE.match(text, m.end())
                    or (label and _KOREAN_PLACE_ANY.search(after)))

    # (the English site and team phrases only where the overseas signals read them: not in a Korean segment)
    for rx in (_HOSTED_IN, _FOREIGN_SITE, _FOREIGN_TEAM) if lang != "ko" else (_HOSTED_IN,):
        for m in found(rx):
            if rx is _FOREIGN_SITE and _SEAT.match(m.group(0)):
                continue
            if placed_after(m) and not is_negated(text, m.start(), m.end(), lang):
                yield m
    for m in _LOCATION_LABEL.finditer(text):
        if placed_after(m, label=True):
            yield m
    if lang != "en":
        for m in _HOSTED_IN_KO.finditer(text):
            place = text[max(0, m.start() - 12): m.end(1) if m.group(1) else m.end(2)]
            if (countries_in(place) or _KOREAN_PLACE_ANY.search(place)) and not is_negated(text, m.start(), m.end(), lang):
                yield m
        for m in _WORKED_FROM_KO.finditer(text):
            before = text[max(0, m.start() - 30): m.start()]
            if (countries_in(before) or _KOREAN_PLACE_KO.search(before)) and not is_negated(text, m.start(), m.end(), lang):
                yield m


_PROCESSOR = re.compile(
    r"수\s*탁\s*(?:자|사|업\s*체)|처\s*리\s*위\s*탁|(?<![가-힣])프\s*로\s*세\s*서|위\s*탁\s*(?:업\s*무|받\s*은|하\s*는\s*업\s*무)|업\s*무\s*를\s*위\s*탁|개\s*인\s*정\s*보\s*처\s*리\s*업\s*무|"
    # "처리업무를 본사에 위탁하며" (entrusts the work to HQ), "하위처리자" (sub-processors)
    r"업\s*무\s*를\s*[^.。]{1,15}?(?:에\s*게|에)\s*위\s*탁\s*(?:하|한)|하\s*위\s*처\s*리\s*자|"
    # "갑을 대신하여 처리하는 자" (one who processes in the controller's stead; "… 자가 아니다" denies it)
    r"대\s*신\s*(?:하\s*여\s*)?처\s*리\s*하\s*는\s*(?:자|것)|"
    # "Tailwise는 서비스 제공을 위하여 병원을 대신하여 병원 데이터를 처리합니다"
    r"(?:을|를)\s*대\s*신\s*(?:하\s*여|해\s*서?)\s*[^.。]{0,30}?처\s*리\s*(?:합\s*니\s*다|한\s*다|하\s*며|하\s*고)|"
    r"\b(?:data\s+)?processors?\b|\bsub-?processors?\b|\bon\s+(?:the\s+)?behalf\s+of\s+(?:the\s+)?(?:controller|customer|company|client|exporter)\b|"
    r"\bdocumented\s+instructions\b|\bdata\s+processing\s+(?:agreement|addendum|terms)\b|\bentrust(?:ed|ment|s)?\b|\bservice\s+provider\b",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"제\s*공\s*받\s*는\s*자|제\s*3\s*자\s*(?:에\s*게\s*)?제\s*공|제\s*공\s*받\s*(?:은|아)|독\s*립\s*적\s*인?\s*(?:개\s*인\s*정\s*보\s*)?(?:처\s*리\s*자|관\s*리\s*자|컨\s*트\s*롤\s*러)|"
    r"구\s*매\s*자\s*(?:의\s*)?(?:개\s*인\s*)?정\s*보|"
    # a provision agreement by its name, a recipient acting as a controller, use for its own ends
    # (a letter or memo by its subject line: "주바일 프로젝트 파견 인력의 개인정보 제공에 관한 건")
    r"(?:개\s*인|가\s*명)\s*정\s*보\s*(?:의\s*)?(?:제\s*3\s*자\s*)?제\s*공\s*(?:계\s*약|약\s*정|합\s*의\s*서|에\s*관\s*한\s*(?:계\s*약|약\s*정|건|서\s*한|협\s*약|각\s*서|합\s*의))|"
    r"(?:자\s*신|자\s*체|자\s*사)\s*의?\s*[^.。]{0,15}?(?:을|를)?\s*위\s*하\s*여\s*(?:[^.。]{0,20}?(?:넘\s*겨|전\s*달)\s*받|제\s*공\s*받)|"
    # the party named the recipient ('(이하 "수령자")'), a provision contract by its title ("가명정보 제공 및 연구협력 계약서")
    r"\(\s*이\s*하\s*[\"“']?\s*(?:수\s*령\s*(?:자|기\s*관)|제\s*공\s*받\s*는\s*자)\s*[\"”']?\s*\)|"
    r"(?:개\s*인|가\s*명)\s*정\s*보\s*(?:의\s*)?(?:국\s*외\s*)?제\s*공\s*및\s*[^.。\n]{0,12}?(?:계\s*약|약\s*정|협\s*약)|"
    r"개\s*인\s*정\s*보\s*처\s*리\s*자\s*로\s*서|"
    # handled under its own name and responsibility: "제공 자료를 받아 자기 책임으로 다루는 자", "자신의 이름과 책임으로 …
    # 제공하기 위하여 … 넘겨받는다"
    r"(?:자\s*기|자\s*신\s*의)\s*(?:이\s*름\s*(?:과|으\s*로)\s*)?책\s*임\s*(?:으\s*로|하\s*에)\s*[^.。]{0,40}?(?:다\s*루|처\s*리\s*[하한할합]|이\s*용\s*[하한할합]|넘\s*겨\s*받|제\s*공\s*받)|"
    r"(?:자\s*신\s*의|자\s*사\s*의?|자\s*체|독\s*자\s*적\s*인?)\s*(?:목\s*적|업\s*무|상\s*품|서\s*비\s*스|마\s*케\s*팅|영\s*업|사\s*업|연\s*구|통\s*계|분\s*석)[^.。]{0,25}?(?:이\s*용|처\s*리)\s*(?:한\s*다|하\s*며|하\s*고|할\s*수\s*있)|"
    # "전달받은 정보를 파트너 자신의 상품 안내와 고객 관리에도 활용할 수 있습니다" (not "자사 서비스 개선에 활용", a processor's
    # bolt-on right)
    r"(?:자\s*신\s*의|자\s*사\s*의?)\s*(?:상\s*품|마\s*케\s*팅|영\s*업|고\s*객\s*관\s*리)[^.。]{0,25}?활\s*용\s*(?:한\s*다|하\s*며|하\s*고|할\s*수\s*있)|"
    r"(?:제\s*휴\s*사|파\s*트\s*너\s*사?|협\s*력\s*사)\s*(?:에\s*게|에)\s*(?:[^.。]{0,20}?)제\s*공\s*(?:한\s*다|하\s*며|하\s*고|할\s*수\s*있)|"
    r"\b(?:independent|separate)\s+(?:data\s+|personal\s+(?:data|information)\s+)?(?:controllers?|handlers?\s+of\s+personal)\b|\bthird[- ]party\s+recipients?\b|"
    # "provides member data to Agency for Agency's own use" (not the controller's: "for Customer's own purposes")
    r"\bfor\s+(?:the\s+)?(?!(?:customer|company|client|controller|exporter|principal|merchant|brand|platform|user)['’]s)[\w&-]+['’]s\s+own\s+"
    r"(?:use|purposes?|business|marketing|benefit|research|study|studies|analysis|statistics|projects?)\b|"
    r"\bcontroller[- ]to[- ]controller\b|\bdata\s+sharing\s+agreement\b|\b(?:data|information)\s+provision\s+agreement\b|\bfor\s+(?:its|their)\s+own\s+(?:business\s+)?purposes?\b|"
    # the relationship named by the agreement or the party: "Agreement on the Provision of Pseudonymised Data",
    # 'Universidade de Alvorada … (the "Recipient")'
    r"\bagreement\s+(?:on|for)\s+the\s+provision\s+of\s+(?:[\w-]+\s+){0,2}?(?:data|information)\b|"
    # a letter by its subject line: "Re: Provision of the seconded workers' personal information"
    r"^\s*(?:re|subject)\s*:\s*(?:the\s+)?provision\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:data|information)\b|"
    r"\(\s*(?:the\s+)?[\"“](?:data\s+)?recipient[\"”]\s*\)|"
    # "receives the Shared Data as a recipient for its own purpose", "Keystone is therefore a recipient",
    # "provides the information to Keystone as a third party", "for its own business of mortgage consultation"
    r"\b(?:receives?|receiving|obtains?)\b[^.;]{0,60}?\bas\s+(?:a|an|the)\s+(?:third[- ]party\s+)?recipient\b|"
    r"\b(?:is|are)\s+(?:therefore\s+|thus\s+|accordingly\s+)?(?:a|an)\s+(?:third[- ]party\s+)?recipient\b|"
    r"\b(?:provides?|provided|discloses?|disclosed)\b[^.;]{0,80}?\bas\s+a\s+third\s+party\b|"
    r"\bfor\s+(?:its|their)\s+own\s+business\b|"
    # "as a card issuer in its own right", "for its own account", "for its own statistical work"
    r"\bin\s+(?:its|their|our)\s+own\s+right\b|\bfor\s+(?:its|their|our)\s+own\s+account\b|"
    # "handles it under its own responsibility" (not "in its own name": "engages subcontractors in its own name" is no
    # recipient's, and reading the name only beside the data cost a fifth of this stage's time)
    r"\b(?:in|under)\s+(?:its|their|our)\s+own\s+responsibility\b|"
    r"\bfor\s+(?:its|their|our)\s+own\s+(?:[\w-]+\s+){0,2}(?:work|research|statistics|analytics)\b|"
    r"\bneither\s+party\s+processes\b[^.;]{0,60}?\bon\s+behalf\s+of\b|"
    r"\bbuyers?['’]?\s+(?:personal\s+)?(?:data|information)\b|\breceiving\s+party['’]?s?\s+own\s+purposes\b|"
    # plain statements of the partner's own ends: "to provide its own medical services", "send its own offers",
    # "under its own privacy policy", "acts on its own account … and not on your behalf", "so that the Installer
    # can contract directly with the Customer"
    # ("so that Partner can offer its own products", "may use the information received to market its products")
    r"\b(?:to|can|could|may|will)\s+(?:provide|offer|sell|market|promote|send|deliver)\s+(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:services?|offers?|products?|goods)\b|"
    r"\bto\s+market\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:products|services|policies|plans)\b|"
    r"\b(?:its|their)\s+own\s+(?:privacy\s+(?:policy|policies|notices?)|marketing|promotions?|offers)\b|"
    # "for its legitimate business interests", "the marketing of Partner's products and services" (a controller's own
    # ends; not "the Customer's legitimate interests", nor "legitimate business operations" incident to the service)
    r"\bfor\s+(?:its|their)\s+(?:own\s+)?legitimate\s+(?:business\s+)?(?:interests?|purposes)\b|"
    r"\bmarketing\s+of\s+(?:the\s+)?(?!(?:customer|company|client|controller|exporter|principal|merchant|brand|platform|user)['’]s)[\w&-]+['’]s\s+(?:own\s+)?(?:products|services|offers|tours)\b|"
    # "Lexmere와 그 계열회사가 … 그 밖의 정당한 사업 목적을 위하여 업로드 자료를 … 이용·복제·보관할 수 있는 … 권한을 부여합니다"
    r"(?:그\s*밖\s*의|기\s*타|자\s*신\s*의|자\s*사\s*의?)\s*정\s*당\s*한\s*사\s*업\s*(?:상\s*)?목\s*적\s*(?:을\s*위\s*하\s*여|을\s*위\s*해|으\s*로)|"
    # "may use volunteer information in accordance with its own policies, … as it sees fit"
    r"\buse\b[^.;]{0,60}?\bin\s+accordance\s+with\s+(?:its|their)\s+own\s+polic(?:y|ies)\b|\bas\s+(?:it|they)\s+sees?\s+fit\b|"
    r"\bnot\s+on\s+(?:your|its|their|[\w-]+['’]s)\s+behalf\b|\b(?:contract|deal)\s+directly\s+with\b|"
    # "It decides for itself how to run its photograph service … It does not act on the Organiser's behalf", "receives
    # the Participant Information as a separate business"
    # (not a limit on a processor's acts: "shall not act on behalf of the Customer beyond its instructions")
    r"\b(?:does|do|will|shall)\s+not\s+act\s+(?:on\s+(?:the\s+)?[\w&-]+['’]s\s+behalf|on\s+behalf\s+of\s+(?:the\s+)?[\w&-]+)\b"
    r"(?![^.;]{0,40}?\b(?:except|other\s+than|save|unless|beyond|without|outside|contrary\s+to)\b)|"
    r"\b(?:decides?|determines?)\s+for\s+(?:itself|themselves)\b|"
    # "을은 별개의 사업자로서 참가자 정보를 넘겨받으며", "사진 판매 서비스의 운영 방식을 스스로 정하고"
    r"(?:별\s*개|독\s*립\s*(?:된|적\s*인|한))\s*(?:의\s*)?(?:사\s*업\s*자|사\s*업|회\s*사)\s*(?:로\s*서|으\s*로\s*서)\s*[^.。]{0,30}?(?:제\s*공\s*받|넘\s*겨\s*받)|"
    r"(?:운\s*영|이\s*용)\s*(?:방\s*식|방\s*법)\s*(?:을|를|은|는)?\s*스\s*스\s*로\s*(?:정|결\s*정\s*[하한합])|"
    r"\breceives?\b[^.;]{0,60}?\bas\s+an?\s+(?:separate|independent)\s+(?:business|company|organi[sz]ation|entity|firm|undertaking)\b|"
    # "receives the pseudonymised dataset for its research", "controller for the data it receives"
    r"\breceives?\b[^.;]{0,60}?\bfor\s+(?:its|their)\s+(?:own\s+)?(?:research|study|studies|analysis|statistics)\b|"
    r"\bcontroller\b[^.;]{0,80}?\b(?:it|they)\s+receives?\b|"
    # plain terms: "Each of us is responsible for its own use of shopper data", "notifications … for data we control"
    r"\bresponsible\s+for\s+(?:its|their|our)\s+own\s+(?:[\w-]+\s+and\s+(?:its|their|our)\s+own\s+)?(?:use|processing|handling)\s+of\b|\b(?:data|information)\s+(?:that\s+|which\s+)?we\s+control\b|"
    # "각 당사자는 회원 정보를 각자의 목적으로 이용하며"
    r"각\s*자\s*의?\s*(?:목\s*적|업\s*무|사\s*업)\s*(?:으\s*로|을\s*위\s*하\s*여|을\s*위\s*해)|"
    # "each act as a separate and independent data user or controller", "contracts with each member directly and on
    # its own account", "to serve those members as its own clients", "receives information for its own supporter
    # programme"
    r"\b(?:separate|independent)\s+and\s+(?:independent|separate)\s+(?:data\s+)?(?:users?\s+or\s+)?controllers?\b|"
    r"\bon\s+(?:its|their)\s+own\s+account\b|\bas\s+(?:its|their)\s+own\s+(?:clients|customers|members|patients|supporters|donors)\b|"
    # "Once a Profile reaches us, we handle it as an independent business under our Privacy Policy" (the data handled
    # so, not the independent-contractor boilerplate "performs the Services as an independent business")
    r"\b(?:handle|process|use|hold|keep|treat)(?:s|d|ed)?\s+(?:it|them|(?:the|such|those|that)\s+(?:[\w-]+\s+){0,2}?(?:data|information|details|profiles?|records?))"
    r"\s+as\s+an?\s+independent\s+(?:business|company|organi[sz]ation|entity|firm|undertaking)\b|"
    r"(?:정\s*보|개\s*인\s*정\s*보)\s*(?:를|을)\s*독\s*립\s*(?:적\s*인|된|한)\s*(?:사\s*업\s*자|회\s*사|기\s*관)\s*(?:로\s*서|으\s*로\s*서)[^.。]{0,30}?(?:처\s*리|이\s*용|관\s*리)|"
    r"\breceives?\b[^.;]{0,60}?\bfor\s+(?:its|their)\s+own\b|"
    # plain terms addressed to the partner: "you are responsible for how you use the guest information we send you",
    # "to send them news and offers from your resorts"
    r"\b(?:you|it|they)\s+(?:are|is)\s+responsible\s+for\s+how\s+(?:you|it|they)\s+use\b|"
    r"\b(?:news|offers|promotions|marketing)\b[^.;]{0,30}?\bfrom\s+your\s+(?:own\s+)?(?:resorts?|hotels?|shops?|stores?|business(?:es)?|brands?|products?|services?|company)\b|"
    # the partner's own products or business: "파트너가 운영하는 교육 여행 상품의 안내에도 이용할 수", "을의 사업 목적에 이용한다"
    r"(?:[가-힣]{1,8}(?:가|이)\s*운\s*영\s*하\s*는)\s*[^.。]{0,20}?(?:상\s*품|서\s*비\s*스)\s*(?:의\s*)?(?:안\s*내|홍\s*보|광\s*고|판\s*촉)\s*에\s*도\s*(?:이\s*용|활\s*용)|"
    r"(?:을|병|파\s*트\s*너|제\s*휴\s*사|협\s*력\s*사|수\s*령\s*자)\s*의\s*(?:자\s*체\s*)?(?:사\s*업|영\s*업|마\s*케\s*팅)\s*목\s*적\s*(?:에|으\s*로|을\s*위\s*하\s*여)\s*[^.。]{0,10}?(?:이\s*용|활\s*용|사\s*용)\s*(?:한|할|하)|"
    # "설치기사가 고객과 직접 계약할 수 있도록 … 제공합니다"
    r"직\s*접\s*(?:계\s*약|거\s*래)\s*(?:할|하)\s*(?:수\s*있\s*도\s*록|도\s*록)|"
    # neither party the other's processor: "You do not handle it on our behalf and we do not handle it on yours"
    r"\b(?:do|does)\s+not\s+(?:[\w-]+\s+){1,3}?on\s+(?:our|your|its|their)\s+behalf\s*,?\s+and\s+(?:we|you|it|they)\s+(?:do|does)\s+not\s+(?:[\w-]+\s+){1,3}?on\s+(?:ours|yours|theirs)\b|"
    # the partner's own services promoted with the data: "자신의 다른 여행 서비스 안내와 … 상품 홍보를 위하여 고객에게 연락할 수 있습니다"
    r"자\s*신\s*의\s*[^.。]{0,20}?(?:서\s*비\s*스|상\s*품)\s*(?:안\s*내|홍\s*보|광\s*고|판\s*촉)[^.。]{0,30}?(?:위\s*하\s*여|위\s*해)[^.。]{0,30}?(?:연\s*락|이\s*용|사\s*용|활\s*용|발\s*송|보\s*내)",
    re.IGNORECASE,
)
# The processor relationship denied both ways: "어느 당사자도 상대방의 처리자(processor)가 아니다", "Neither party is a
# processor of the other", "Nothing in this Addendum makes either party a processor". Said outright, it decides the role
# whatever the partner's own "sub-processors" are called.
_MUTUAL_DENIAL = re.compile(
    r"어\s*느\s*(?:당\s*사\s*자|일\s*방|쪽)\s*도\s*상\s*대\s*방\s*의\s*(?:처\s*리\s*자|수\s*탁\s*자|프\s*로\s*세\s*서)|"
    r"\bneither\s+party\s+(?:is|acts\s+as|shall\s+be|will\s+be)\s+(?:a\s+|the\s+)?(?:data\s+)?processor\b|"
    r"\bnothing\b[^.;]{0,50}?\bmakes?\s+either\s+party\s+(?:a\s+|the\s+)?(?:data\s+)?processor\b",
    re.IGNORECASE)
# a new subject after a comma ("…로서, 을은 …", "…위탁하고, 을이 …"): what follows is said of another party
_OTHER_SUBJECT_KO = r"[,，]\s*[가-힣A-Za-z0-9]{1,12}\s*(?:은|는|이|가)\s"
# "갑은 개인정보처리자로서, 을은 갑의 수탁자로서": the controller's role, said of the other party in the same breath
# ("갑이 개인정보처리자로서 … 업무를 을에게 위탁하고, 을이 수탁자로서 …": the same, with the entrustment in between)
_OTHER_PARTY_ENTRUSTED = re.compile(r"(?:(?:(?![.。])[^\n]){0,6}?|[^.。\n]{0,80}?위\s*탁\s*(?:하\s*고|하\s*며|하\s*되))"
                                    + _OTHER_SUBJECT_KO + r"[^.。]{0,40}?수\s*탁\s*자\s*(?:로\s*서|이\s*다|이\s*며|의\s*지\s*위)")
# data received only to be handed back to whoever gave it ("제공받은 자료를 갑에게 반환한다")
_RETURNED = re.compile(r"\s*(?:자\s*료|정\s*보|개\s*인\s*정\s*보|데\s*이\s*터)\s*(?:를|을|는|은)?\s*[^.。]{0,15}?(?:반\s*환|반\s*납|돌\s*려\s*(?:준|주|드))")
# Buyers' data named as such: on a marketplace it goes to sellers for their own use, but an agent entrusted with
# the buyers' data (a tax-refund or delivery agent) names it the same way
_BUYER_DATA = re.compile(r"구\s*매\s*자\s*(?:의\s*)?(?:개\s*인\s*)?정\s*보|\bbuyers?['’]?\s+(?:personal\s+)?(?:data|information)\b",
                         re.IGNORECASE)
# A platform's plain-language terms handing its users' details to the partner it addresses ("we give you
# their name and address", "회원님의 성명과 연락처를 파트너님께 제공합니다"). A delivery partner's terms can say
# the same of a processor, so it only tips a document that says nothing else about the role.
_HANDED_TO_YOU = re.compile(
    r"\bwe\s+(?:will\s+|may\s+)?(?:give|send|pass|provide)\s+you\s+(?:their|the\s+(?:[\w-]+['’]?\s+)?(?:name|contact|personal)|each\s+[\w-]+['’]s)\b|"
    r"\bwe\s+(?:will\s+|may\s+)?(?:share|pass\s+on|disclose|provide)\s+(?:this|their|that|such|the\s+[\w-]+['’]?)\s+(?:personal\s+)?(?:information|data|details)\s+(?:with|to)\s+you\b|"
    # (not to the members themselves: "열람 결과를 회원님께 제공합니다")
    r"(?:성\s*명|이\s*름|연\s*락\s*처|주\s*소|개\s*인\s*정\s*보)[^.。]{0,40}?(?<!회원)(?<!고객)(?<!이용자)(?<!주체)님\s*께\s*(?:[^.。]{0,10}?)"
    r"제\s*공\s*(?:합\s*니\s*다|해\s*드\s*립\s*니\s*다|됩\s*니\s*다)",
    re.IGNORECASE,
)
# The role itself denied ("is not the Merchant's processor", "does not act as a processor"), as
# opposed to a negated duty about processors ("shall not engage a sub-processor"), which a
# processor contract is full of.
_EN_NOT_ROLE = re.compile(
    r"(?:\b(?:is|are|be|being)\s+not(?:\s+(?:acting|act)\s+as|\s+as)?|\b(?:isn['’]t|aren['’]t)(?:\s+(?:acting|act)\s+as)?|"
    r"\b(?:not|never)\s+(?:act|acts|acting)\s+as|\b(?:and|but)\s+not\s+as|"
    # a fact about this contract, not a duty: "Tamna does not entrust any processing to Breeze"
    r"\b(?:does|do|did)\s+not|"
    # "a recipient handling the information on its own responsibility, not a processor acting for Developer"
    r",\s*(?:and\s+)?not(?:\s+as)?|"
    # "Nothing in this Addendum makes either party a processor of the other"
    r"\bnothing\b[^.;]{0,50}?\b(?:makes?|constitutes?|renders?)\s+(?:either|any|each|neither)\s+party)"
    # "is not the Hospital's entrusted processor"
    r"\s+(?:(?:a|an|the|your|its|their|our|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:(?:entrusted|appointed|designated|contracted|mere)\s+)?"
    r"(?:data\s+)?$", re.IGNORECASE)
# Not the partner's role: the partner's own service providers ("may transfer Shared Personal Data to its processors
# and suppliers"), or the word itself in quotes ('"controller", "processor" … have the meanings given in …') unless it
# names a party ('Nimbus Ltd (the "Processor")', '(이하 "수탁자")')
_OWN_PROVIDERS = re.compile(r"\b(?:to|with|by|of|engage|use|uses)\s+(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)
_OPEN_QUOTE = re.compile(r"[\"“‘]$")
_CLOSE_QUOTE = re.compile(r"[\"”’](?![\w])")
_NAMES_PARTY = re.compile(r"\(\s*(?:the\s+|hereinafter\s+|이\s*하\s*)?[\"“‘]$", re.IGNORECASE)


def _not_a_role(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30): start]
    if _OWN_PROVIDERS.search(before):
        return True
    return bool(_OPEN_QUOTE.search(before) and _CLOSE_QUOTE.match(text, end) and not _NAMES_PARTY.search(before))
# Recipient wording about the partner's own ends ("for its own purposes", "자신의 목적", "독립적인 처리자"),
# and wording that names the relationship itself (a provision agreement, "개인정보처리자로서"): strong evidence.
_OWN_USE = re.compile(r"own|독\s*립|자\s*신|자\s*사|자\s*체|독\s*자", re.IGNORECASE)
_PROVISION_AS_SUCH = re.compile(r"처\s*리\s*자\s*로\s*서|제\s*공\s*(?:계|약|합|에)|provision\s+of|[\"“](?:data\s+)?recipient[\"”]", re.IGNORECASE)
# A noun predicate denied: "수탁자가 아니다 / 아니며 / 아닌", "수탁자에 해당하지 않는다", and with the English word
# after it or around it ("처리자(processor)가 아니다").
_KO_NOT_BE = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?[)）\"”’]?\s*(?:(?:가|이|로\s*서\s*는?)\s*아\s*(?:니|닙)|에\s*해\s*당\s*하\s*지\s*(?:않|아\s*니)|"
                        # "수탁자로서 받는 것이 아니다"
                        r"로\s*서\s*[^.。,]{0,15}?것\s*(?:이|은)\s*아\s*니)")
# Both roles in one breath: a party said to act as processor and as controller ("수탁자로서 …
# 제공받는 자로서"), or a partner that also uses the data for its own ends ("also uses Shipment Data
# for its own purposes", "자신의 마케팅 목적으로도"). The latter only tips a partner whose wording
# otherwise reads as a recipient: a declared processor with a bolt-on own-use right stays a
# processor whose role clause is weak (ROLE-CLASSIFY own-use-rights).
# the role named last in a _DUAL match is denied right after it: "… 수탁자로서 받는 것이 아니다"
_KO_DENIED_AFTER = re.compile(r"[^.。,]{0,15}?(?:것\s*(?:이|은)\s*)?아\s*(?:니\s*(?:다|며|고|라)|닙\s*니\s*다)")
_DUAL = re.compile(
    r"\b(?:acts?|acting)\s+(?:both\s+)?as\s+(?:(?:a|an|the)\s+)?(?:data\s+)?processor\b[^.;]{0,160}?\b(?:and|but)\s+(?:\w+\s+){0,3}as\s+(?:(?:a|an|the)\s+)?(?:independent\s+|separate\s+)?(?:data\s+)?controller\b|"
    r"\b(?:acts?|acting)\s+(?:both\s+)?as\s+(?:(?:a|an|the)\s+)?(?:independent\s+|separate\s+)?(?:data\s+)?controller\b[^.;]{0,160}?\b(?:and|but)\s+(?:\w+\s+){0,3}as\s+(?:(?:a|an|the)\s+)?(?:data\s+)?processor\b|"
    r"\bdual\s+role\b|\bin\s+both\s+capacities\b|"
    # one part of the agreement for the partner's own ends: "In Part B, Brandtvik receives … for its own product safety
    # work", "B파트에서 을은 … 자신의 품질 개선 목적으로 제공받는다"
    r"\b(?:in|under)\s+Part\s+[A-Z0-9]{1,2}\b[^.;]{0,80}?\b(?:receives?|uses?|holds?|processes|obtains?)\b[^.;]{0,80}?\bfor\s+(?:its|their)\s+own\b|"
    r"(?:제\s*\d+\s*(?:부|편)|[A-Z]\s*(?:파\s*트|부\s*분))\s*(?:에\s*서\s*는?|에\s*관\s*하\s*여\s*는?)[^.。]{0,80}?자\s*신\s*의[^.。]{0,30}?(?:목\s*적|업\s*무)[^.。]{0,30}?(?:제\s*공\s*받|넘\s*겨\s*받|이\s*용)|"
    # "Both the Part A entrustment and the Part B provision", "회원 개인정보 처리위탁 및 제공에 관한 부속합의서"
    r"\bthe\s+(?:Part\s+\w+\s+)?entrustment\s+and\s+the\s+(?:Part\s+\w+\s+)?provision\b|"
    r"\bthe\s+(?:Part\s+\w+\s+)?provision\s+and\s+the\s+(?:Part\s+\w+\s+)?entrustment\b|"
    r"처\s*리\s*위\s*탁\s*(?:및|과)\s*(?:제\s*3\s*자\s*)?제\s*공\s*에\s*관\s*한|"
    # (the same party both: not "갑은 개인정보처리자로서, 을은 갑의 수탁자로서", a role for each party)
    r"수\s*탁\s*자\s*(?:로\s*서|의\s*지\s*위)(?:(?!" + _OTHER_SUBJECT_KO + r")[^.。]){0,160}?(?:제\s*공\s*받\s*는\s*자|개\s*인\s*정\s*보\s*처\s*리\s*자)\s*(?:로\s*서|의\s*지\s*위)|"
    r"(?:제\s*공\s*받\s*는\s*자|개\s*인\s*정\s*보\s*처\s*리\s*자)\s*(?:로\s*서|의\s*지\s*위)(?:(?!" + _OTHER_SUBJECT_KO + r")[^.。]){0,160}?수\s*탁\s*자\s*(?:로\s*서|의\s*지\s*위)",
    re.IGNORECASE,
)
_ALSO_OWN = re.compile(
    r"\b(?:also|additionally|in addition|further(?:more)?|separately)\b[^.;]{0,80}?\bfor\s+(?:its|their)\s+own\s+(?:\w+\s+)?purposes\b|"
    r"\bfor\s+(?:its|their)\s+own\s+(?:\w+\s+)?purposes\s+(?:as\s+well|too)\b|"
    r"(?:자\s*신|자\s*체|자\s*사|독\s*자\s*적\s*인?)\s*(?:의\s*)?[^.。]{0,12}?(?:목\s*적|업\s*무|사\s*업|서\s*비\s*스|마\s*케\s*팅)\s*(?:으\s*로|을\s*위\s*하\s*여|을\s*위\s*해|에)\s*도",
    re.IGNORECASE,
)
# One document naming the partner a processor for one part of the work and a controller of its own
# for another ("Part A … acts as its entrusted processor"; "Part B … acts as an independent
# controller"): both roles, even when no single sentence says so. "Each party acts as an independent
# controller" is a recipient's wording, not a second role.
_AS_PROCESSOR = re.compile(
    # a data-flow table's role row: "역할 | 수탁자", "Role | Processor"
    r"(?:^|\n)\s*(?:역\s*할|role)\s*(?:\n|[|:])\s*(?:수\s*탁\s*자|(?:data\s+)?processor|entrusted\s+party)(?![가-힣\w])|"
    r"\bas\s+(?:(?:a|an|the|its|your|our|their)\s+)?(?:[\w-]+['’]s\s+)?(?:service\s+provider\s+(?:and|or|/)\s+)?(?:entrusted\s+)?(?:data\s+)?processor\b|"
    # "수탁자로서", "프로세서(Processor)로서"
    r"(?:수\s*탁\s*자|(?<![가-힣])프\s*로\s*세\s*서)\s*(?:\([^)]{0,20}\)\s*)?(?:로\s*서|이\s*며|이\s*다|입\s*니\s*다)|"
    # "For Part A Gearline is the Platform's trustee under Article 26"
    r"\bis\s+(?:the\s+|a\s+|an\s+)?(?:[\w&-]+['’]s\s+)?(?:trustee|entrusted\s+party|entrustee)\b|"
    # a role scoped to one set of data: "In respect of Processor Data, the Bank is the Controller and Ledgerbridge is
    # the Processor"
    r"\b(?:in\s+respect\s+of|with\s+respect\s+to|as\s+regards)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?,\s+[^.;]{0,80}?\bis\s+(?:the|a|an)\s+(?:data\s+)?processor\b|"
    # "the Partner acts on behalf of Dasom and on its instructions"; a translated DPA's 처리자 (processor), not the
    # Act's 개인정보처리자 (controller)
    r"\b(?:on\s+behalf\s+of\s+[\w&-]+(?:\s+[\w&-]+)?|on\s+(?:the\s+)?[\w&-]+['’]s\s+behalf)\s+and\s+(?:on|in\s+accordance\s+with|under|according\s+to)\s+(?:its|their|[\w&-]+['’]s)\s+(?:documented\s+|written\s+)?instructions\b|"
    # "설치기사는 회사의 지시에 따라 설치 업무를 수행한다"
    r"(?:갑|회\s*사|위\s*탁\s*자|고\s*객|발\s*주\s*자|[가-힣]{2,8}(?:청|원|관|단))\s*의\s*지\s*시\s*에\s*따\s*라\s*(?:서\s*만\s*)?[^.。]{0,30}?(?:수\s*행|처\s*리)\s*(?:한\s*다|합\s*니\s*다)|"
    # "센터는 다음 업무를 가람시를 위하여 대신 처리한다" (does the work for the city, in its stead)
    r"(?:을|를)\s*위\s*하\s*여\s*대\s*신\s*(?:처\s*리|수\s*행)\s*(?:한\s*다|합\s*니\s*다|하\s*며|하\s*고)|"
    r"(?<!보)(?<!보\s)(?<!위\s)(?<!하\s)(?<![가-힣])처\s*리\s*자\s*(?:로\s*서|입\s*니\s*다|이\s*다|이\s*며)|"
    # "as a party entrusted with processing (수탁자) under Article 26"
    r"\bas\s+(?:a|an|the)\s+(?:party|person|entity|company|firm|business)\s+entrusted\s+with\s+(?:the\s+)?processing\b|"
    # "who act as the Owners' entrusted party (수탁자)"
    r"\bacts?\s+as\s+(?:(?:a|an|the|its|your|our|their)\s+)?(?:[\w-]+(?:['’]s|s['’])\s+)?(?:entrusted\s+party|entrustee)\b|"
    # "for that work we act as your service provider"
    r"\bacts?\s+as\s+(?:your|its|their|(?:the\s+)?[\w-]+['’]s)\s+service\s+provider\b|"
    # "Halvard processes Operated Data for Byeolgaram and under Byeolgaram's instructions"
    r"\b(?:process|handle)(?:s|es)?\s+(?:[\w-]+\s+){0,3}?for\s+[\w&-]+\s+and\s+(?:under|on)\s+(?:its|their|[\w&-]+['’]s)\s+(?:documented\s+|written\s+)?instructions\b|"
    # a data-flow table's capacity cell: "Acts for Bitgaram, on Bitgaram's instructions, to teach …"
    r"\bacts?\s+for\s+(?:the\s+)?[\w&-]+\s*,?\s+(?:on|under)\s+(?:its|their|[\w&-]+['’]s)\s+(?:documented\s+|written\s+)?instructions\b",
    re.IGNORECASE)
_AS_CONTROLLER = re.compile(
    # and the other flow's: "Receives the data as a university in its own right, to admit … to its own degree"
    r"\breceives?\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+)?)\s+as\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+in\s+(?:its|their)\s+own\s+right\b|"
    # and the other flow's: "역할 | 제공받는 자", "Role | Recipient" (not "Role: Controller", which an SCC annex writes for
    # the customer exporting the data)
    r"(?:^|\n)\s*(?:역\s*할|role)\s*(?:\n|[|:])\s*(?:제\s*공\s*받\s*는\s*자|(?:third[- ]party\s+)?recipient)(?![가-힣\w])|"
    r"\bas\s+(?:an?\s+)?(?:independent|separate)\s+(?:data\s+|personal\s+(?:data|information)\s+)?controller\b|"
    # "For Part B Gearline is a recipient and decides its own processing" (a part of the work, not the whole)
    r"\b(?:for|in|under)\s+Part\s+[A-Z0-9]{1,2}\b[^.;]{0,40}?\bis\s+(?:a|the)\s+(?:third[- ]party\s+)?recipient\b|"
    # "For Part B, Amman Road is a separate personal information controller"
    r"\b(?:is|becomes)\s+(?:an?\s+)?(?:independent|separate)\s+(?:data\s+|personal\s+(?:data|information)\s+)?controller\b|"
    # the controller's part in the GDPR's words, for one part of the work: "For Own Compliance Purposes, Granite Bay
    # determines the means of processing and is responsible in its own right"
    # (only so scoped: "Customer determines the purposes and means of processing" names the customer the controller)
    r"\b(?:for|in\s+respect\s+of|with\s+respect\s+to|as\s+regards)\s+[^,.;]{1,60},\s+[\w&-]+(?:\s+[\w&-]+){0,3}?\s+determines?\s+the\s+"
    r"(?:purposes?\s+and\s+(?:the\s+)?)?means\s+of\s+(?:the\s+|such\s+|that\s+)?processing\b|"
    # "자체 준법 목적에 관하여 을은 처리의 방법을 스스로 정하고"
    r"에\s*관\s*하\s*여\s*(?:는\s*)?[^.。]{0,20}?처\s*리\s*(?:의\s*)?(?:목\s*적\s*(?:과|및)\s*)?(?:방\s*법|수\s*단)\s*(?:을|를)\s*스\s*스\s*로\s*(?:정|결\s*정)|"
    # "who receive it as a recipient of personal information (개인정보를 제공받는 자)"
    r"\breceives?\s+(?:it|them|the\s+[\w\s]{1,30}?)?\s*as\s+(?:a|the)\s+recipient\b|"
    # (and "별도의 개인정보처리자로서", a separate one)
    r"(?:(?:독\s*립\s*(?:적\s*인?|된)|별\s*(?:도|개)\s*의?)\s*(?:개\s*인\s*정\s*보\s*)?(?:처\s*리\s*자|관\s*리\s*자|컨\s*트\s*롤\s*러)|제\s*공\s*받\s*는\s*자)\s*(?:로\s*서|이\s*며|이\s*다|입\s*니\s*다)|"
    # "자신의 사업으로서 참가자 정보를 제공받는다" (receives the data as its own business)
    r"자\s*신\s*의\s*(?:사\s*업|목\s*적|업\s*무)\s*(?:으\s*로\s*서|을\s*위\s*하\s*여)\s*[^.。]{0,30}?제\s*공\s*받\s*(?:는\s*다|습\s*니\s*다|으\s*며|고)|"
    # "In respect of Controller Data, each Party is an independent Controller": scoped to one set of data, a part of
    # the work, not the recipient's whole relationship
    r"\b(?:in\s+respect\s+of|with\s+respect\s+to|as\s+regards)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?,\s+(?:each|both|either)\s+(?:party|parties)\s+(?:is|are|acts?\s+as)\s+(?:an?\s+)?(?:independent|separate)\s+(?:data\s+)?controllers?\b|"
    # a part of the work headed as the partner's own use: "Part B (Partner's own use)"
    r"\(\s*(?!(?:customer|company|client|controller|exporter|merchant)['’]s)[\w-]+['’]s\s+own\s+(?:use|purposes)\s*\)|"
    # "may also use the contact details to offer its own maintenance plans", "under its own privacy policy",
    # "자신의 유지보수 상품 안내에도 이용할 수 있다"
    r"\balso\b[^.;]{0,80}?\b(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:services?|offers?|products?|goods|plans?|marketing|purposes|business|programmes?|programs?)\b|"
    r"\b(?:under|in\s+accordance\s+with)\s+(?:its|their)\s+own\s+privacy\s+(?:policy|notice)\b|"
    # "Event Data belongs to us" (in the vendor's own terms)
    r"\b(?:data|information|details)\s+(?:belongs|belong)\s+to\s+us\b|"
    # "Halvard receives Promotion Data as a separate business that decides for itself how to use it"
    r"\breceives?\b[^.;]{0,60}?\bas\s+an?\s+(?:separate|independent)\s+(?:business|company|organi[sz]ation|entity|firm|undertaking)\b|"
    r"(?:자\s*신|자\s*체|자\s*사)\s*의?\s*[^.。]{0,12}?(?:상\s*품|안\s*내|홍\s*보|영\s*업|마\s*케\s*팅|서\s*비\s*스)\s*(?:에\s*도|으\s*로\s*도)\s*이\s*용",
    re.IGNORECASE)
# Own use of aggregated or de-identified data only ("집계 또는 비식별 데이터를 자신의 목적으로 이용할 수 있습니다")
# leaves the partner a processor of the personal data
_DERIVED_ONLY = re.compile(r"집\s*계|비\s*식\s*별|익\s*명|통\s*계\s*(?:데\s*이\s*터|정\s*보)|\b(?:aggregated?|anonymi[sz]ed|de-?identified|statistical)\b",
                           re.IGNORECASE)
_BOTH_PARTIES = re.compile(r"\b(?:each|either|neither|both)\s+(?:party|parties)\b|\bthe\s+parties\b|각\s*당\s*사\s*자|양\s*당\s*사\s*자", re.IGNORECASE)
#: The article that lets pseudonymised data be provided without consent, as contracts cite it.
_ART_28_2_RX = r"Art(?:icle|\.)?\s*28-2\b|제\s*28\s*조\s*의\s*2(?!\d)"
_PSEUDO = re.compile(r"가\s*명\s*정\s*보|가\s*명\s*처\s*리\s*(?:된|한|하\s*여|(?:된\s*|한\s*)?(?:자\s*료|데\s*이\s*터))|\bpseudonymi[sz]ed\s+(?:[\w-]+\s+){0,2}?(?:data|information|datasets?|records)\b|"
                     # "a dataset pseudonymised by Customer under Article 28-2"
                     r"\b(?:data|information|datasets?|records)\s+(?:[\w-]+\s+){0,2}?pseudonymi[sz]ed\b|"
                     # the article that lets pseudonymised data be provided without consent: "made under Article 28-2 of
                     # the Personal Information Protection Act", "법 제28조의2에 따라"
                     r"\b" + _ART_28_2_RX,
                     re.IGNORECASE)
_ART_28_2 = re.compile(_ART_28_2_RX, re.IGNORECASE)
# (also a bar on identifying anyone from the data: "shall not try to identify any individual", Art. 28-5's "특정 개인을
# 알아보기 위한 목적으로")
_REID = re.compile(r"재\s*식\s*별|\bre-?identif|\b(?:attempt|try|tries|seek|endeavou?r)\w*\s+to\s+(?:re-?)?identify\b|"
                   r"특\s*정\s*(?:개\s*인|인\s*물|정\s*보\s*주\s*체)\s*을\s*알\s*아\s*(?:보|내)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, set[str]]:
    """ISO code -> the names the country finder knows for it (pycountry's English and Korean names, the extra
    names and the cities), ambiguous names left out."""
    import gettext
    import unicodedata

    import pycountry

    try:
        ko = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
        to_ko = ko.gettext
    except OSError:  # pragma: no cover - pycountry ships the Korean catalogue
        def to_ko(s: str) -> str:
            return s
    names: dict[str, set[str]] = {}
    for c in pycountry.countries:
        if c.alpha_2 in ("KR", "KP"):
            continue
        bucket = names.setdefault(c.alpha_2, set())
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and value not in _AMBIGUOUS_EN:
                bucket.add(value)
                if not value.isascii():
                    # contracts typed on plain keyboards drop the marks: "Turkiye", "Cote d'Ivoire", "Curacao"
                    bucket.add("".join(ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch)))
        kname = to_ko(c.name)
        if kname and kname != c.name and "," not in kname and kname not in _AMBIGUOUS_KO and len(kname) >= 2:
            bucket.add(kname)
    for code, extra in list(_EXTRA_NAMES.items()) + list(_CITY_NAMES.items()):
        names.setdefault(code, set()).update(extra)
    return names


@lru_cache(maxsize=1)
def _country_patterns() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str], Any]:
    """Two alternations (case-insensitive names, case-sensitive abbreviations such as "US") and
    the maps from a matched name to its ISO code: one search per text, not one per country;
    and the case-insensitive alternation split by first letter (see _plain_matches)."""
    names = _country_names()
    plain: dict[str, str] = {}
    exact: dict[str, str] = {}
    for code, variants in names.items():
        for v in variants:
            if v in _CASE_SENSITIVE:
                exact[v] = code
            else:
                plain[re.sub(r"\s+", "", v.lower())] = code
    plain_names = sorted({v for vs in names.values() for v in vs if v not in _CASE_SENSITIVE}, key=len, reverse=True)
    plain_rx = _names_rx(plain_names)
    exact_rx = re.compile(rf"(?<![A-Za-z.])(?:{'|'.join(re.escape(v) for v in sorted(exact, key=len, reverse=True))})(?![A-Za-z])")
    return plain_rx, plain, exact_rx, exact, _by_first_letter(plain_names)


def _names_rx(names: Sequence[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(v).replace(r"\ ", r"\s*") for v in names)
    return re.compile(rf"(?<![A-Za-z가-힣])(?:{alts})(?![A-Za-z])", re.IGNORECASE)


def _by_first_letter(names: Sequence[str]) -> tuple[re.Pattern[str], dict[str, _Part]] | None:
    """The names' alternation split by first letter (see _plain_matches), and a regex finding
    the positions where a name could start."""
    if any(not v or v[0].isspace() for v in names):
        return None
    firsts = {v[0].lower() for v in names if _plain_letter(v[0])}
    odd = {v for v in names if not _plain_letter(v[0])}
    parts: dict[str, _Part] = {}
    for first in firsts:
        parts[first] = parts[first.upper()] = _Part(tuple(v for v in names if v[0].lower() == first or v in odd))
    starts = re.compile(rf"(?<![A-Za-z가-힣])[{''.join(sorted({re.escape(v[0]) for v in names}))}]", re.IGNORECASE)
    return starts, parts


class _Part:
    """The alternation of the names that start with one letter, compiled when first needed."""

    __slots__ = ("names", "_rx")

    def __init__(self, names: tuple[str, ...]):
        self.names = names
        self._rx: re.Pattern[str] | None = None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        if self._rx is None:
            self._rx = _names_rx(self.names)
        return self._rx.match(text, pos)


def _plain_letter(c: str) -> bool:
    return c.isascii() or "가" <= c <= "힣"


def _plain_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of the plain names' alternation in text, as its finditer gives them.

    The alternation tries its few hundred names at every position of every segment. A match can
    only start where no letter precedes and one of the names' first letters follows; there, the
    alternation of just the names starting with that letter (in the full alternation's order)
    finds what the full one would. Names whose first letter is neither ASCII nor Hangul (which a
    case-insensitive regex may equate with another letter) are in every part, and a position
    starting with such a letter is tried with the full alternation.
    """
    plain_rx, _plain, _exact_rx, _exact, split = _country_patterns()
    if split is None:
        yield from plain_rx.finditer(text)
        return
    starts, parts = split
    pos = 0
    for s in starts.finditer(text):
        p = s.start()
        if p < pos:
            continue
        m = parts.get(text[p], plain_rx).match(text, p)
        if m:
            yield m
            pos = m.end()


def warm() -> None:
    """Build the country alternations and the signal prefilters (before workers fork)."""
    _country_patterns()
    _signal_literals()


#: English adjectives that name a country's law ("English law", "Thai law"): a placeholder in library regexes
#: ({country_adj}), since pycountry has names, not adjectives
_COUNTRY_ADJECTIVES_EN = ("English", "British", "Scottish", "German", "Irish", "French", "Dutch", "Swiss", "Danish",
                          "Swedish", "Finnish", "Norwegian", "Polish", "Czech", "Spanish", "Portuguese", "Italian",
                          "Belgian", "Austrian", "Hungarian", "Luxembourgish", "Estonian", "American", "Canadian",
                          "Mexican", "Brazilian", "Chinese", "Japanese", "Taiwanese", "Singaporean", "Indian",
                          "Australian", "Philippine", "Filipino", "Vietnamese", "Thai", "Indonesian", "Malaysian",
                          "Israeli", "Emirati", "Turkish", "Kazakh", "Mongolian", "European")


def _atoms(name: str) -> list[str]:
    """A name as regex atoms: Korean syllables with optional spaces between them ("체 코"), English words with any
    run of spaces, case folded (the placeholder's regex is case-insensitive)."""
    out: list[str] = []
    korean = bool(re.search(r"[가-힣]", name))
    for c in name.lower():
        if c.isspace():
            if not korean and out and out[-1] != r"\s+":
                out.append(r"\s+")
            continue
        if korean and out:
            out.append(r"\s*")
        out.append(re.escape(c))
    return out


def _trie_rx(names: Iterable[str]) -> str:
    """One alternation of many names, factored by shared prefixes: a regex tries a plain alternation's branches one by
    one at every position, which for the 700 names of {country} costs four times what the lists it replaced did."""
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for atom in _atoms(name):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [atom + emit(child) for atom, child in sorted(node.items(), key=lambda kv: kv[0]) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        if end:
            body = (body if body.startswith("(?:") and len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return emit(trie)


@lru_cache(maxsize=1)
def placeholder_sources() -> dict[str, str]:
    """Regex sources for the placeholders a library regex may hold, so a check names the shape ("{country} law")
    and the list of places lives here, once.

    {country} is every name the country finder knows, ambiguous ones included ("인도", "Jordan": the words around
    the placeholder decide), Korean names with or without spaces between syllables ("체 코"), and, as the finder
    reads it, no case-insensitive "us"; {country_adj} is an English adjective for a foreign country's law.
    """
    _plain_rx, _plain, _exact_rx, exact, _split = _country_patterns()
    names = {v for vs in _country_names().values() for v in vs if v not in _CASE_SENSITIVE} | _AMBIGUOUS_EN

    plain_alt = _trie_rx(names)
    # (a Korean word that is also a country's name counts only where no syllable, quote or bracket runs into it: not
    # the 이란 of "시스템이란" or "'시스템'이란")
    ambiguous_alt = _trie_rx(_AMBIGUOUS_KO)
    exact_alt = "|".join(re.escape(n) for n in sorted(exact, key=len, reverse=True))
    adj_alt = "|".join(sorted(_COUNTRY_ADJECTIVES_EN, key=len, reverse=True))
    return {"{country}": rf"(?:(?<![A-Za-z])(?:{plain_alt})(?![A-Za-z])|(?<![A-Za-z가-힣'’\"”」』)])(?:{ambiguous_alt})"
                         rf"|(?<![A-Za-z.])(?-i:{exact_alt})(?![A-Za-z]))",
            "{country_adj}": rf"(?:\b(?:{adj_alt})\b)"}


@lru_cache(maxsize=1)
def country_regex() -> re.Pattern[str]:
    """One regex for every name countries_in knows (the library's @countries where a regex is wanted)."""
    plain_rx, _plain, exact_rx, _exact, _split = _country_patterns()
    return re.compile(rf"(?:{plain_rx.pattern})|(?-i:{exact_rx.pattern})", re.IGNORECASE)


def countries_in(text: str) -> list[tuple[str, int, int, str]]:
    """(ISO code, start, end, matched text) of foreign countries and regions named in text."""
    return list(_countries_in(text))


@lru_cache(maxsize=2048)
def _countries_in(text: str) -> tuple[tuple[str, int, int, str], ...]:
    """countries_in, remembered for the segments in hand: detection (@countries) and the relationship
    stage both ask it of the same segment texts."""
    _plain_rx, plain, exact_rx, exact, _split = _country_patterns()
    found = []
    for m in _plain_matches(text):
        code = plain.get(re.sub(r"\s+", "", m.group(0).lower()))
        if code:
            found.append((code, m.start(), m.end(), m.group(0)))
    for m in exact_rx.finditer(text):
        found.append((exact[m.group(0)], m.start(), m.end(), m.group(0)))
    for m in _PLACED_AMBIGUOUS_EN.finditer(text):
        if not _PLACE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        code = _ambiguous_codes().get(m.group(1))
        if code and not any(s <= m.start() < e for _c, s, e, _t in found):
            found.append((code, m.start(), m.end(), m.group(0)))
    found.sort(key=lambda x: x[1])
    return tuple(found)


@lru_cache(maxsize=1)
def _ambiguous_codes() -> dict[str, str]:
    import pycountry

    # (pycountry names Turkey "Türkiye")
    return {c.name: c.alpha_2 for c in pycountry.countries if c.name in _PLACED_NAMES_EN} | {"Turkey": "TR"}


# Letters a case-insensitive regex equates with i or s where str.lower() does not (İ, ı, ſ;
# the Kelvin sign lowers to k): a text holding one is searched without the literal prefilter.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")


@lru_cache(maxsize=1)
def _signal_literals() -> dict[re.Pattern[str], tuple[str, ...] | None]:
    """Per signal regex, literals one of which (case-folded, without white space) every match
    contains (prefilter.literals): most segments contain none, and the searches are skipped."""
    from .prefilter import literals

    out: dict[re.Pattern[str], tuple[str, ...] | None] = {}
    for rx in (_OVERSEAS_STRONG, _DOMESTIC, _PROCESSOR, _RECIPIENT, _HANDED_TO_YOU, _DUAL, _ALSO_OWN, _PSEUDO, _REID,
               _MUTUAL_DENIAL):
        found = literals(rx.pattern)
        out[rx] = None if found is None else tuple(sorted(found))
    return out


def _matches(rx: re.Pattern[str], text: str, squashed: str | None) -> Iterator[re.Match[str]]:
    """rx.finditer(text), skipped when `squashed` (None: cannot say) lacks all its literals."""
    lits = _signal_literals()[rx]
    if squashed is not None and lits is not None and not any(lit in squashed for lit in lits):
        return iter(())
    return rx.finditer(text)


def document_signals(segments: Sequence[Segment]) -> list[Signal]:
    from .classify.rules import is_negated
    from .prefilter import squash

    out: list[Signal] = []
    # the first processor statement and the first controller statement ("acts as its processor", "acts as
    # an independent controller"): both together make the partner hold both roles
    statements: dict[re.Pattern[str], Signal] = {}
    located = 0  # segments with a place statement so far (two patterns may read one statement)
    for seg in segments:
        text = seg.text
        lang = seg.lang.value
        squashed = None if _ODD_FOLDS.search(text) else squash(text)

        def add(kind: str, weight: float, m: re.Match[str], country: str | None = None) -> None:
            out.append(Signal(kind, weight, " ".join(m.group(0).split()), seg.start + m.start(), seg.start + m.end(),
                              seg.page, country))

        for m in _matches(_OVERSEAS_STRONG, text, squashed):
            if not is_negated(text, m.start(), m.end(), lang) and not _KOREAN_PLACE.match(text, m.end()):
                add("overseas", 3.0, m)
        # every phrase below needs a foreign place in the segment: most segments name none
        places = countries_in(text)
        # "servers in Singapore": strong only when a foreign place follows
        placed: set[int] = set()  # where a place phrase already gave a signal: "stored in Japan" counts once
        searched: dict[re.Pattern[str], list[re.Match[str]]] = {}

        def found(rx: re.Pattern[str], text: str = text) -> list[re.Match[str]]:
            """rx's matches in the segment, searched once (the overseas signals and the place statements read them)."""
            if rx not in searched:
                searched[rx] = list(rx.finditer(text))
            return searched[rx]

        for m in found(_HOSTED_IN) if places else ():
            if countries_in(text[m.end(): m.end() + 40]) and not is_negated(text, m.start(), m.end(), lang):
                add("overseas", 3.0, m)
                placed.add(m.end())
        if places and lang != "ko":
            for rx in (_FOREIGN_SITE, _FOREIGN_TEAM):
                if rx is _FOREIGN_TEAM and not _HANDLES_DATA.search(text):
                    continue
                for m in found(rx):
                    if (m.end() not in placed and countries_in(text[m.end(): m.end() + 40])
                            and not _KOREAN_PLACE.match(text, m.end()) and not is_negated(text, m.start(), m.end(), lang)):
                        add("overseas", 3.0, m)
                        placed.add(m.end())
        # "싱가포르에 있는 서버": the place comes first ("미국 AWS 리전에")
        for m in _HOSTED_IN_KO.finditer(text) if places else ():
            place = text[max(0, m.start() - 12): m.end(1) if m.group(1) else m.end(2)]
            if countries_in(place) and not is_negated(text, m.start(), m.end(), lang):
                add("overseas", 3.0, m)
        # work from a foreign place: looked for only in a Korean sentence that names a country at all
        for m in _WORKED_FROM_KO.finditer(text) if places and lang != "en" else ():
            before = text[max(0, m.start() - 30): m.start()]
            if countries_in(before) and not _KOREAN_PLACE_KO.search(before) and not is_negated(text, m.start(), m.end(), lang):
                add("overseas", _WORKED_FROM_WEIGHT, m)
        # where the data is: a few statements per document settle `located` and fill its evidence (the vendor shows
        # the first three), so segments after the third are not searched for more
        placing = located < _EVIDENCE_PER_KIND
        placed_here = False
        for m in _matches(_DOMESTIC, text, squashed):
            add("domestic", 4.0, m)
            # a bar that yields to consent ("shall not store it outside Korea without the Customer's consent") says
            # where the data may go, not where it is
            if placing and not _PERMISSION.search(text, max(0, m.start() - 80), m.end() + 80):
                add("located", 0.0, m)
                placed_here = True
        if placing and (places or _KOREAN_PLACE_ANY.search(text)):
            for m in _placing(text, lang, places, found):
                add("located", 0.0, m)
                placed_here = True
        located += placed_here
        for code, s, e, matched in places:
            out.append(Signal("overseas", 1.0, matched, seg.start + s, seg.start + e, seg.page, code))
        processor_here = False  # the segment speaks of entrustment or processors at all
        for m in _matches(_PROCESSOR, text, squashed):
            if _not_a_role(text, m.start(), m.end()):
                continue
            processor_here = True
            if _EN_NOT_ROLE.search(text[max(0, m.start() - 60): m.start()]) or _KO_NOT_BE.match(text, m.end()):
                add("role:recipient", 1.5, m)  # "is not Merchant's processor", "수탁자가 아니며"
            else:
                add("role:processor", 1.0, m)
        for m in _matches(_RECIPIENT, text, squashed):
            if _DERIVED_ONLY.search(text[max(0, m.start() - 120): m.start()]):
                continue
            if _OTHER_PARTY_ENTRUSTED.match(text, m.end()):
                continue
            if _RETURNED.match(text, m.end()):
                # "갑으로부터 제공받은 자료를 갑에게 반환한다": what a service provider gives back, not a recipient's own
                continue
            if processor_here and _BUYER_DATA.fullmatch(m.group(0)):
                # whose data it is, not who holds it: "위탁받은 환급 업무를 위하여 구매자의 개인정보를 처리하며"
                continue
            if is_negated(text, m.start(), m.end(), lang):
                # "shall not use it for its own purposes" describes a processor; "shall not provide it
                # to third parties" binds recipients and processors alike
                if _OWN_USE.search(m.group(0)):
                    add("role:processor", 1.0, m)
            else:
                strong = _OWN_USE.search(m.group(0)) or _PROVISION_AS_SUCH.search(m.group(0))
                add("role:recipient", 2.0 if strong else 1.5, m)
        for m in _matches(_MUTUAL_DENIAL, text, squashed):
            add("role:recipient", 2.0, m)
        for m in _matches(_HANDED_TO_YOU, text, squashed):
            if not is_negated(text, m.start(), m.end(), lang):
                add("role:recipient", 1.0, m)
        for rx, weight in ((_DUAL, 2.0), (_ALSO_OWN, 1.0)):
            for m in _matches(rx, text, squashed):
                # "처리자로서 받으며, 수탁자로서 받는 것이 아니다" denies the second role
                if not is_negated(text, m.start(), m.end(), lang) and not _KO_DENIED_AFTER.match(text, m.end()):
                    add("role:both", weight, m)
        for m in _matches(_PSEUDO, text, squashed):
            # the article that grounds the provision weighs as two signs: a contract that hands data over under
            # Art. 28-2 hands over pseudonymised data, whatever else it calls it ("de-identified dataset")
            add("pseudonymised", 2.0 if _ART_28_2.match(m.group(0)) else 1.0, m)
        for m in _matches(_REID, text, squashed):
            add("reidentification", 0.5, m)
        for rx in (_AS_PROCESSOR, _AS_CONTROLLER):
            if rx in statements:
                continue
            for m in rx.finditer(text):
                before = text[max(0, m.start() - 80): m.start()]
                if not (is_negated(text, m.start(), m.end(), lang) or _EN_NOT_ROLE.search(before) or _KO_NOT_BE.match(text, m.end())
                        or _KO_DENIED_AFTER.match(text, m.end())
                        or _BOTH_PARTIES.search(before) or (rx is _AS_CONTROLLER and _DERIVED_ONLY.search(text[max(0, m.start() - 120): m.start()]))):
                    statements[rx] = Signal("role:both", 2.0, " ".join(m.group(0).split()), seg.start + m.start(),
                                            seg.start + m.end(), seg.page)
                    break
    if len(statements) == 2:
        out.extend(statements.values())  # the two statements, weighed once as "both"
    return out


@dataclass(frozen=True)
class RelationshipEvidence:
    path: str
    kind: str
    text: str
    page: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "kind": self.kind, "text": self.text, "page": self.page,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class VendorRelationship:
    role: str
    overseas: bool
    pseudonymised: bool
    countries: tuple[str, ...] = ()
    source: dict[str, str] = field(default_factory=dict)  # field -> manifest | inferred | default
    confidence: dict[str, float] = field(default_factory=dict)
    evidence: tuple[RelationshipEvidence, ...] = ()
    #: the documents say somewhere where the data is kept, handled or accessed from (evidence kind "located")
    located: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "overseas": self.overseas,
            "pseudonymised": self.pseudonymised,
            "countries": list(self.countries),
            "located": self.located,
            "source": dict(sorted(self.source.items())),
            "confidence": {k: round(v, 3) for k, v in sorted(self.confidence.items())},
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class Declared:
    """What a vendors.csv row states; None means "infer"."""

    role: str | None = None
    overseas: bool | None = None
    countries: tuple[str, ...] | None = None
    pseudonymised: bool | None = None


_HOME_MENTIONS = 3


def _split_roles(sigs: list[tuple[str, Signal]]) -> bool:
    """One document reads as a processor agreement and another as a provision agreement (a service
    contract beside a pseudonymised-data contract): the vendor holds both roles."""
    per_doc: dict[str, list[float]] = {}
    for path, s in sigs:
        if s.kind in ("role:processor", "role:recipient"):
            tally = per_doc.setdefault(path, [0.0, 0.0])
            tally[0 if s.kind == "role:processor" else 1] += s.weight
    # (or, as for a recipient, a document that speaks only of entrustment: "파트너는 … 위탁받은 수탁자입니다")
    processor_doc = any((p >= 3 and p >= 2 * r) or (p >= 2 and r == 0) for p, r in per_doc.values())
    # (or one strong own-use statement, "자신의 목적을 위하여 독립적인 관리자로서 처리할 수 있습니다", in terms that
    # say nothing of processing on instructions)
    recipient_doc = any((r >= 3 and r >= 2 * p) or (r >= 2 and p == 0) for p, r in per_doc.values())
    return processor_doc and recipient_doc


def infer(signals: Iterable[tuple[str, Signal]], declared: Declared | None = None) -> VendorRelationship:
    """Balance the (path, signal) pairs of a vendor's documents into one relationship."""
    declared = declared or Declared()
    sigs = list(signals)
    proc = sum(s.weight for _p, s in sigs if s.kind == "role:processor")
    rec = sum(s.weight for _p, s in sigs if s.kind == "role:recipient")
    dual = sum(s.weight for _p, s in sigs if s.kind == "role:both")
    strong = sum(1 for _p, s in sigs if s.kind == "overseas" and s.weight >= 3)
    domestic = sum(s.weight for _p, s in sigs if s.kind == "domestic")
    codes = sorted({s.country for _p, s in sigs if s.kind == "overseas" and s.country})
    located = any(s.kind == "located" for _p, s in sigs)
    pseudo = sum(s.weight for _p, s in sigs if s.kind == "pseudonymised")
    reid = sum(1 for _p, s in sigs if s.kind == "reidentification")

    source: dict[str, str] = {}
    confidence: dict[str, float] = {}
    # role
    if declared.role:
        role, source["role"], confidence["role"] = declared.role, "manifest", 1.0
    elif not dual and any(s.kind == "role:recipient" and _MUTUAL_DENIAL.search(s.text) for _p, s in sigs):
        # "neither party is the other's processor": the contract settles it
        role, source["role"], confidence["role"] = "recipient", "inferred", 0.85
    elif dual >= 2 or (dual and rec > proc) or _split_roles(sigs):
        role, source["role"], confidence["role"] = "both", "inferred", 0.7
    elif proc == 0 and rec == 0 and (pseudo >= 2 or (pseudo >= 1 and reid >= 1)) and declared.pseudonymised is not False:
        # pseudonymised data handed over under Art. 28-2 is a provision to a third party: with nothing said of the
        # role, the one receiving it is a recipient, not the processor a contract that says nothing usually means
        role, source["role"], confidence["role"] = "recipient", "default", 0.5
    elif proc == 0 and rec == 0:
        role, source["role"], confidence["role"] = "processor", "default", 0.5
    else:
        if rec >= 3 and proc >= 3 and min(proc, rec) / max(proc, rec) >= 0.35:
            role = "both"
        else:
            role = "processor" if proc >= rec else "recipient"
        source["role"] = "inferred"
        confidence["role"] = round(max(proc, rec) / (proc + rec), 3) if role != "both" else 0.6
    # overseas
    country_score = min(len([c for c in codes if c != "EU"]) + (1 if "EU" in codes else 0), 3)
    # one foreign country named again and again (the partner's seat, where the data is held, its law)
    # is the partner's home abroad, not a passing mention
    mentions: dict[str, int] = {}
    for _p, s in sigs:
        if s.kind == "overseas" and s.country and s.country != "EU":
            mentions[s.country] = mentions.get(s.country, 0) + 1
    if any(n >= _HOME_MENTIONS for n in mentions.values()):
        country_score = min(country_score + 1, 3)
    score = 3 * min(strong, 2) + country_score - domestic
    if declared.overseas is not None:
        overseas, source["overseas"], confidence["overseas"] = declared.overseas, "manifest", 1.0
    else:
        overseas = score >= 2 or any(s.kind == "overseas" and s.weight == _WORKED_FROM_WEIGHT for _p, s in sigs)
        source["overseas"] = "inferred"
        confidence["overseas"] = round(min(0.5 + abs(score - 1.5) / 8, 0.99), 3)
    countries = tuple(declared.countries) if declared.countries is not None else tuple(c for c in codes if overseas)
    # pseudonymised data
    if declared.pseudonymised is not None:
        pseudonymised, source["pseudonymised"], confidence["pseudonymised"] = declared.pseudonymised, "manifest", 1.0
    else:
        pseudonymised = pseudo >= 2 or (pseudo >= 1 and reid >= 1)
        source["pseudonymised"] = "inferred"
        confidence["pseudonymised"] = 0.8 if pseudonymised else (0.6 if pseudo else 0.9)

    evidence: list[RelationshipEvidence] = []
    wanted = {"role:processor": role in ("processor", "both"), "role:recipient": role in ("recipient", "both"),
              "role:both": role == "both",
              "overseas": overseas, "domestic": not overseas, "pseudonymised": pseudonymised, "located": located}
    per_kind: dict[str, int] = {}
    for path, s in sorted(sigs, key=lambda ps: (-ps[1].weight, ps[0], ps[1].start)):
        if not wanted.get(s.kind):
            continue
        if per_kind.get(s.kind, 0) >= _EVIDENCE_PER_KIND:
            continue
        if any(e.kind == s.kind and e.path == path and e.start < s.end and s.start < e.end for e in evidence):
            continue  # one statement read by two patterns ("대한민국 안에서만 처리") is shown once
        per_kind[s.kind] = per_kind.get(s.kind, 0) + 1
        evidence.append(RelationshipEvidence(path, s.kind, s.text, s.page, s.start, s.end))
    evidence.sort(key=lambda e: (e.kind, e.path, e.start))
    return VendorRelationship(role, overseas, pseudonymised, countries, source, confidence, tuple(evidence), located)
