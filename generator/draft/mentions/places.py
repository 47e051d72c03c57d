"""Places: countries with their adjectives, short forms and capitals, for naming governments.

`country_of(word)` maps `Chinese`, `China`, `Beijing` or `US` to the country's name; nothing else.
"""

from __future__ import annotations

# name | adjectives | other names (short forms and the capital, used for the government)
_COUNTRIES = """
Afghanistan|Afghan|Kabul
Albania|Albanian|Tirana
Algeria|Algerian|Algiers
Argentina|Argentine Argentinian|Buenos-Aires
Armenia|Armenian|Yerevan
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani|Baku
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian|Brussels
Bolivia|Bolivian|
Bosnia|Bosnian|Sarajevo
Brazil|Brazilian|Brasilia
Brunei|Bruneian|
Bulgaria|Bulgarian|Sofia
Cambodia|Cambodian|Phnom-Penh
Cameroon|Cameroonian|
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese|Beijing PRC
Colombia|Colombian|Bogota
Croatia|Croatian|Zagreb
Cuba|Cuban|Havana
Cyprus|Cypriot|Nicosia
Czech Republic|Czech|Prague Czechia
Denmark|Danish|Copenhagen
Ecuador|Ecuadorian|Quito
Egypt|Egyptian|Cairo
Estonia|Estonian|Tallinn
Ethiopia|Ethiopian|Addis-Ababa
Finland|Finnish|Helsinki
France|French|Paris
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian|Accra
Greece|Greek|Athens
Hungary|Hungarian|Budapest
Iceland|Icelandic|Reykjavik
India|Indian|Delhi New-Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|
Italy|Italian|Rome
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh|Astana
Kenya|Kenyan|Nairobi
Kosovo|Kosovan|Pristina
Kuwait|Kuwaiti|
Latvia|Latvian|Riga
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian|Vilnius
Malaysia|Malaysian|Kuala-Lumpur
Mali|Malian|Bamako
Mexico|Mexican|
Moldova|Moldovan|Chisinau
Morocco|Moroccan|Rabat
Myanmar|Burmese|Naypyidaw Burma
Nepal|Nepali Nepalese|Kathmandu
Netherlands|Dutch|Amsterdam The-Hague Holland
New Zealand|New-Zealand|Wellington
Nigeria|Nigerian|Abuja
North Korea|North-Korean|Pyongyang DPRK
Norway|Norwegian|Oslo
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Ramallah
Peru|Peruvian|Lima
Philippines|Philippine Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow Kremlin
Rwanda|Rwandan|Kigali
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese|Dakar
Serbia|Serbian|Belgrade
Singapore|Singaporean|
Slovakia|Slovak|Bratislava
Slovenia|Slovenian|Ljubljana
Somalia|Somali|Mogadishu
South Africa|South-African|Pretoria
South Korea|South-Korean|Seoul ROK
Spain|Spanish|Madrid
Sri Lanka|Sri-Lankan|Colombo
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Thailand|Thai|Bangkok
Tunisia|Tunisian|Tunis
Turkey|Turkish|Ankara Turkiye
Uganda|Ugandan|Kampala
Ukraine|Ukrainian|Kyiv Kiev
United Arab Emirates|Emirati|Abu-Dhabi UAE
United Kingdom|British|London UK U.K. Britain Downing-Street Whitehall
United States|American|Washington US U.S. USA U.S.A. White-House
Uzbekistan|Uzbek|Tashkent
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Hanoi
Yemen|Yemeni|Sanaa
Zimbabwe|Zimbabwean|Harare
"""


def _index() -> tuple[dict[str, str], frozenset[str]]:
    names: dict[str, str] = {}
    adjectives: set[str] = set()
    for line in _COUNTRIES.strip().splitlines():
        name, adjective_field, other_field = line.split("|")
        names[name] = name
        for adjective in adjective_field.split():
            names[adjective.replace("-", " ")] = name
            adjectives.add(adjective.replace("-", " "))
        for other in other_field.split():
            names[other.replace("-", " ")] = name
    return names, frozenset(adjectives)


_NAMES, ADJECTIVES = _index()


def country_of(words: str) -> str | None:
    """The country that `words` (a name, adjective, short form or capital) stands for."""
    return _NAMES.get(words)


def is_adjective(words: str) -> bool:
    return words in ADJECTIVES
