"""The numbers check's reading of English and French: pairs of our own for every kind of value,
the conversions and writings that must pass, and the changes that must not."""

from __future__ import annotations

import pytest

from mtcheck.checks.numbers.number_mismatch import NumberMismatch
from mtcheck.quantities import compare, other_currency, quantities, written
from tests.conftest import findings_of

SAME = [
    ("The plant cost 1,000,000 dollars.", "L'usine a coûté 1 000 000 de dollars."),
    ("Output rose to 1,000.5 tonnes.", "La production est passée à 1 000,5 tonnes."),
    ("Growth was 6.5 per cent.", "La croissance a été de 6,5 %."),
    ("A $13bn stake.", "Une participation de 13 milliards de dollars."),
    ("A stake of 13 billion dollars.", "Une participation de 13 milliards de dollars."),
    ("Two ministers resigned.", "2 ministres ont démissionné."),
    ("Six hundred seventy-two workers left.", "Six cent soixante-douze salariés sont partis."),
    ("Six hundred seventy-two workers left.", "Six cent septante-deux salariés sont partis."),  # Belgium's, Switzerland's
    ("Ninety-one people came, and eighty left.", "Nonante et une personnes sont venues, et huitante sont parties."),
    ("In the 21st century.", "Au XXIe siècle."),
    ("On January 1st.", "Le 1er janvier."),
    ("Unemployment fell 5%.", "Le chômage a baissé de 5 %."),
    ("Prices rose 10-15%.", "Les prix ont augmenté de 10 à 15 %."),
    ("The vote is on Monday, November 20, 2023.", "Le vote a lieu le lundi 20 novembre 2023."),
    ("The vote is on 20/11/2023.", "Le vote a lieu le 20 novembre 2023."),
    ("It starts at 9:12 pm.", "Cela commence à 21h12."),
    ("It starts at 9 a.m.", "Cela commence à 9 h."),
    ("The road is 5 miles long.", "La route fait 8 km de long."),
    ("The tower is 330 feet tall.", "La tour mesure 100 mètres."),
    ("It was 68°F.", "Il faisait 20 °C."),
    ("It weighs 10 pounds.", "Il pèse 4,5 kg."),
    ("In the 1990s.", "Dans les années 90."),
    ("For the 2011/12 season.", "Pour la saison 2011/2012."),
    ("The fire started on Friday night.", "Le feu a pris dans la nuit de vendredi à samedi."),
    ("The fund holds $612 billion of assets.", "Le fonds détient 612 milliards de dollars d'actifs."),
    ("Visit https://example.org/2019/report for 3 charts.", "Voir https://example.org/2019/report pour 3 graphiques."),
    ("The G20 and CO2 talks.", "Les discussions du G20 sur le CO2."),
    ("The region spent 4.5 million euros.", "La région a dépensé 4 millions et demi d'euros."),
    ("The train leaves at 11:30.", "Le train part à onze heures et demie."),
    ("The bridge stood for three decades.", "Le pont a tenu trente ans."),
    ("The firm has 1.27 million clients.", "La firme compte 1,27 million de clients."),
    ("The train leaves at 20.30.", "Le train part à 20h30."),
    ("She won in 2:03:59, swimming in 3:34.51.", "Elle a gagné en 2 :03 :59, en nageant en 3:34,51."),
    ("Kowalczyk ran it in 9.61 seconds, and 21.47 in the final.", "Kowalczyk l'a couru en 9 s 61, et en 21 sec 47 en finale."),
    ("Zelmar swam it in 1 minute 45.30 seconds.", "Zelmar l'a nagé en 1 min 45 s 30."),
    ("Ninety-seven people came.", "Quatre-vingt-dix-sept personnes sont venues."),
    ("Work resumes in mid-March.", "Le chantier reprend à la mi-mars."),
    ("The trip takes two and a half hours.", "Le trajet dure deux heures et demie."),
    ("Sales reached four and a half million units.", "Les ventes ont atteint 4,5 millions d'unités."),
    ("The bridge took three and a half years to build.", "Le pont a été bâti en trois ans et demi."),
    ("The bridge took 3.5 years to build.", "Le pont a été bâti en 3 ans et demi."),
    ("Turnout was 30-45% in the north.", "La participation a été de 30 %-45 % dans le nord."),
    ("Turnout was 30%-45% in the north.", "La participation a été de 30 à 45 % dans le nord."),
    ("They wore 1970's suits.", "Ils portaient des costumes des années 70."),
    ("The strikes of October 1974 were long.", "Les grèves d'octobre 74 furent longues."),
    ("The shop opens at 11.30.", "La boutique ouvre à onze heures et demie."),
    ("Thirty-one trains ran.", "Trente et une rames ont circulé."),
    ("Kowalnet lent half a billion zlotys.", "Kowalnet a prêté un demi-milliard de zlotys."),
    ("The Zelvano ferry takes 3 hours and 25 minutes.", "Le ferry de Zelvano met 3 h 25."),
    ("Kowal waited a quarter of an hour for the ferry.", "Kowal a attendu le ferry quinze minutes."),
    ("The Zelvano ferry left half an hour late.", "Le ferry de Zelvano est parti avec une demi-heure de retard."),
    ("The Zelvano crossing took an hour and a quarter.", "La traversée de Zelvano a duré 75 minutes."),
    ("The Kowal market opens from 10 a.m. to 5 p.m.", "Le marché de Kowal ouvre de dix à dix-sept heures."),
    # a bare number joined to a scaled one shares its scale word
    ("Kowalnet flats sell for 50,000 to 90,000 euros.", "Les appartements de Kowalnet se vendent entre 50 et 90 mille euros."),
    ("Zelvano spent 2 to 3 million euros.", "Zelvano a dépensé de 2 000 000 à 3 000 000 d'euros."),
    ("The ferry leaves at seven.", "Le ferry part à dix-neuf heures."),
    ("The ferry leaves at seven tonight.", "Le ferry part ce soir à 19 h."),
    # millions and thousands said together are one number
    ("Zelvano has almost 3 million 600 thousand residents.", "Zelvano compte presque 3 millions et 600 mille habitants."),
    # "one" and "un" joined to another number are counts, not the article
    ("One or two Kowal ministers resigned.", "Un ou deux ministres de Kowal ont démissionné."),
    # the 24-hour clock of English military and timetable writing; "1000 hours" may also be a count
    ("The Kowal market opens from 0900 to 1730 hours.", "Le marché de Kowal ouvre de 9h à 17h30."),
    ("The Zelvano patrol left at 0630 hrs.", "La patrouille de Zelvano est partie à 6 h 30."),
    ("The Zelvano ferry's engine ran for 1000 hours.", "Le moteur du ferry de Zelvano a tourné 1 000 heures."),
    ("Some eight thousand voters and 400 thousand subscribers.", "Quelque huit milles électeurs et 400 milles abonnés."),
    ("The boat sank 20 miles off the coast.", "Le bateau a coulé à 20 milles de la côte."),
    ("The goalkeeper is 188 centimetres tall.", "Le gardien mesure 1 mètre 88."),
    ("The wall rose by up to 1.20m.", "Le mur s'est élevé jusqu'à 1m20."),
    ("The bakery opens on Sundays.", "La boulangerie ouvre le dimanche."),
    ("We swim every Tuesday.", "Nous nageons tous les mardis."),
    ("The crossing takes 11 and a half hours.", "La traversée dure 11h30."),
    ("Sales reached 4 and a half million units.", "Les ventes ont atteint 4,5 millions d'unités."),
    ("The pilgrims walked 150 miles.", "Les pèlerins ont marché 241 km."),
    ("The pilgrims walked 150 miles.", "Les pèlerins ont marché 240 km."),
    ("The runner is 6 feet tall.", "Le coureur mesure 1,80 m."),
    ("The runner is 5 feet 10 inches tall.", "Le coureur mesure 1,78 m."),
    ("Sales rose in 2010-15.", "Les ventes ont augmenté en 2010-2015."),
    ("He left at 3 o'clock.", "Il est parti à 15 heures."),
    ("He left at half past eight.", "Il est parti à huit heures et demie."),
    ("He left at a quarter past nine.", "Il est parti à 21h15."),
    ("He left at a quarter to nine.", "Il est parti à neuf heures moins le quart."),
    ("Music of the 1980s and 90s.", "La musique des années 1980 et 1990."),
    ("He served 2 1/2 years.", "Il a purgé deux ans et demi."),
    ("Prices rose 3½ per cent.", "Les prix ont augmenté de 3,5 %."),
    ("The strike lasted 6½ weeks.", "La grève a duré 6 semaines 1/2."),
    ("The ferry left at seven thirty.", "Le ferry est parti à sept heures trente."),
    ("The ferry left at 9:40.", "Le ferry est parti à dix heures moins vingt."),
    ("The bridge needs one-and-a-half to two years of work.", "Le pont demande un an et demi à deux ans de travaux."),
    ("The race ended after 12 ½ miles.", "La course a pris fin après 20 km."),
    ("The plan costs $1.2tn.", "Le plan coûte 1 200 milliards de dollars."),
    ("The runner is 5ft 10in tall.", "Le coureur mesure 1m78."),
    ("The runner is 5'10\" tall.", "Le coureur mesure 1,78 m."),
    ("The marathon is 26.2 miles long.", "Le marathon fait 42 km."),
    ("The farm covers 1,000 acres.", "La ferme couvre 400 hectares."),
    ("The storm passed 40 miles away.", "La tempête est passée à 65 km."),
    ("Figure 4 shows the trend.", "La Figure4 montre la tendance."),
    ("The plant burns uranium-238.", "La centrale brûle de l'uranium 238."),
    ("The Kowaltec9 drone and the Zelmar-12 rocket.", "Le drone Kowaltec9 et la fusée Zelmar-12."),
    ("The 31-year-old Kowalczyk won the 3Com cup.", "A 31ans, Kowalczyk a gagné la coupe 3Com."),  # an age, a name
    ("The Zelvano talks lasted 35 hours 45 minutes.", "Les pourparlers de Zelvano ont duré 35 heures 45."),
    ("The Zelvano talks went on after 30 hours, at 9:12 pm.", "Les pourparlers de Zelvano ont continué après 30h, à 21h12."),
    # one and a half with the article or "one"; an adjective or a plus sign before a scale word
    ("The Zelvano crossing takes an hour and a half.", "La traversée de Zelvano dure 1h30."),
    ("The Kowal bridge took a year and a half to build.", "Le pont de Kowal a été bâti en un an et demi."),
    ("Kowalnet sold one and a half million phones.", "Kowalnet a vendu un million et demi de téléphones."),
    ("Zelvano glaciers formed over the last 800 million years.",
     "Les glaciers de Zelvano se sont formés en 800 derniers millions d'années."),
    ("Kowalnet lost $700+ billion.", "Kowalnet a perdu plus de 700 milliards de dollars."),
    ("The Zelvano ferry takes an hour and a half.", "Le ferry de Zelvano met une heure trente."),
    ("Kowalville has grown for one and a half years.", "Kowalville grandit depuis 18 mois."),
    ("We met at half seven in the lobby.", "Nous nous sommes vus à sept heures et demie dans le hall."),
    ("The bridge was built during the 1939-1945 war.", "Le pont a été construit pendant la guerre de 39-45."),
    ("Players aged 18-25 may apply.", "Les joueurs de 18 à 25 ans peuvent postuler."),
    ("About 20 people were hurt in 3 towns.", "Une vingtaine de personnes ont été blessées dans 3 villes."),
    ("A dozen firms signed.", "Une dizaine d'entreprises ont signé."),
    ("The trip takes two weeks.", "Le voyage dure une quinzaine de jours."),
    ("A hundred thousand visitors came to Kowalville.", "Une centaine de milliers de visiteurs sont venus à Kowalville."),
    ("Some twenty painters and thousands of guests came.", "Une vingtaine de peintres et des milliers d'invités sont venus."),
    ("Kowal painted in the sixties.", "Kowal a peint dans les années 60."),
    ("It happened in the nineties.", "C'est arrivé dans les années 1990."),
    ("She was in her forties and he was 50.", "Elle avait 45 ans et lui 50."),
    # no "de" after it: the number before says it counts
    ("Almost two dozen ferries sailed.", "Les presque deux douzaines ferries ont navigué."),
    ("The Kowalville market opens at 4 p.m.", "Le marché de Kowalville ouvre à 4 heures de l'après-midi."),
    ("Ninety-two ferries sailed.", "Quatre - vingt - douze ferries ont navigué."),  # MT's spaced hyphens
    ("The Kowal choir is two decades old and sings on the 20th.", "La chorale de Kowal a deux décades et chante le 20."),
    # units by the CLDR's names, converted and rounded as translators do
    ("The flat has 800 square feet.", "L'appartement fait 74 m²."),
    ("A 2,000-square-foot house in Kowalville.", "Une maison de 186 mètres carrés à Kowalville."),
    ("The Zelvano lake covers 30 square miles.", "Le lac de Zelvano couvre 78 km2."),
    ("The parcel weighs 13 lbs.", "Le colis pèse 6 kilos."),
    ("A 12-ounce steak.", "Un steak de 340 grammes."),
    ("The car reached 100 mph.", "La voiture a atteint 160 km/h."),
    ("The car reached 100 mph.", "La voiture a atteint 161 kilomètres à l'heure."),
    ("The storm left 2 inches of snow.", "La tempête a laissé 5 centimètres de neige."),
    ("The truck carries 10 tons.", "Le camion transporte 10 tonnes."),  # short tons, near enough to stand for tonnes
    ("The pole is 3 feet long.", "Le poteau fait 1 mètre."),
    ("It was 75 degrees in Kowalville.", "Il faisait 23 degrés à Kowalville."),  # no scale said: Fahrenheit, cut
    ("The dial turned 90 degrees.", "Le cadran a tourné de 90 degrés."),
    ("The road is five miles long.", "La route fait 8 km de long."),  # a number in words has its unit too
    ("The hikers walked two miles.", "Les marcheurs ont fait trois kilomètres."),
    ("The Kowal fair opens at noon and shuts at midnight.", "La foire de Kowal ouvre à midi et ferme à minuit."),
    ("The Kowal fair opens at 12:30 p.m. and shuts at 0:00.", "La foire de Kowal ouvre à midi et demi et ferme à minuit."),
    ("The Kowal fair runs all afternoon, until 4 p.m.", "La foire de Kowal dure tout l'après-midi, jusqu'à 16 h."),
    ("The Zelvano ferry sails at a quarter to midnight.", "Le ferry de Zelvano part à minuit moins le quart."),
    ("The Zelvano ferry sails at 12:20 and at 12:50.", "Le ferry de Zelvano part à midi vingt et à midi 50."),
    ("The Zelvano ferry sails at noon on Fridays.", "Le ferry de Zelvano part le vendredi à midi."),
    ("The Kowal fires burned 1.2 million acres.", "Les incendies de Kowal ont brûlé 485 000 hectares."),  # a unit after a scale
    ("The Zelvano field holds 10 billion cubic feet.", "Le gisement de Zelvano contient 280 millions de mètres cubes."),
    ("The ship stopped 12 nautical miles off Kowalville.", "Le navire s'est arrêté à 22 km de Kowalville."),
    ("Winds off Kowalville reached 50 knots.", "Les vents au large de Kowalville ont atteint 93 km/h."),
    ("Temperatures in Kowalville hit 30C.", "Les températures ont atteint 30 °C à Kowalville."),  # the press's "30C"
    ("It was 23F overnight in Zelvano.", "Il a fait -5 °C pendant la nuit à Zelvano."),
    ("It was minus 5 degrees in Zelvano.", "Il faisait -5 °C à Zelvano."),
    ("It was at least 40 degrees in Kowalville.", "Il faisait au moins 40 degrés à Kowalville."),  # "au moins": no minus
    ("Seat 12F of the Kowal ferry was empty.", "Le siège 12F du ferry de Kowal était vide."),
    # a number sign before digits is no hashtag, nor a character reference a number
    ("Kowal came #1 in the Zelvano poll.", "Kowal est arrivé nº 1 du sondage de Zelvano."),
    ("It's the 5 best Kowal ferries.", "C&#39;est les 5 meilleurs ferries de Kowal."),
]

CHANGED = [
    ("She joined in 2018.", "Elle est arrivée en 2019.", "2019", "2018"),
    ("A $13bn stake.", "Une participation de 13 millions de dollars.", "13 millions", "13 milliards"),
    ("A $13bn stake.", "Une participation de 31 milliards de dollars.", "31 milliards", "13 milliards"),
    ("Growth was 6.5 per cent.", "La croissance a été de 5,6 %.", "5,6 %", "6,5\u00a0%"),
    ("The vote is on Tuesday.", "Le vote a lieu jeudi.", "jeudi", "mardi"),
    ("The bakery opens on Sundays.", "La boulangerie ouvre le samedi.", "samedi", "dimanche"),
    ("We swim every Tuesday.", "Nous nageons tous les jeudis.", "jeudis", "mardi"),
    ("The crossing takes 11 and a half hours.", "La traversée dure 13h30.", "13h30", None),
    ("Le trajet dure 11h30.", "The trip takes 15 and a half hours.", "15 and a half", None),
    ("The vote is in November.", "Le vote a lieu en octobre.", "octobre", "novembre"),
    ("It starts at 9:12 pm.", "Cela commence à 20h12.", "20h12", "21 h 12"),
    ("In the 21st century.", "Au XXe siècle.", "XXe", "21e"),
    ("The road is 5 miles long.", "La route fait 80 km de long.", "80 km", None),
    ("Four ferries were delayed.", "Cinq ferries ont été retardés.", "Cinq", "4"),
    ("Une dette de 13 milliards de dollars.", "A debt of $31 billion.", "$31 billion", "13 billion"),
    ("Le vote a lieu le 20 novembre.", "The vote is on November 21.", "21", "20"),
    ("The fair closes in mid-June.", "La foire ferme à la mi-juillet.", "juillet", "juin"),
    ("The fair runs between March and May.", "La foire a lieu entre mars et juin.", "juin", "mai"),
    ("Sales rose in the March-April period.", "Les ventes ont monté sur la période avril-mai.", "mai", "mars"),
    ("Sales rose in the May to June period.", "Les ventes ont monté sur la période avril à juin.", "avril", "mai"),
    ("The fair runs between March and October.", "La foire a lieu entre mars et sept.", "sept.", "octobre"),
    ("The firm has 1.27 million clients.", "La firme compte 1,27 milliard de clients.", "1,27 milliard", "1,27 million"),
    ("She won in 2:03:59.", "Elle a gagné en 2 :08 :59.", "2 :08 :59", "2:03:59"),
    ("She swam it in 3:34.51.", "Elle l'a nagé en 3:43,51.", "3:43,51", "3:34,51"),
    ("Kowalczyk ran it in 9.41 seconds.", "Kowalczyk l'a couru en 9 s 51.", "9 s 51", "9,41"),
    ("Sales reached four and a half million units.", "Les ventes ont atteint 5,4 millions d'unités.", "5,4 millions", None),
    ("The trip takes two and a half hours.", "Le trajet dure trois heures et demie.", "trois", None),
    ("The bridge took three years to build.", "Le pont a été bâti en trois ans et demi.", "trois", None),
    ("The strikes of May 1968 were long.", "Les grèves de mai 69 furent longues.", "69", "1968"),
    ("The shop stays shut until April 30.", "La boutique reste fermée jusqu'au 1930.", "1930", "30"),
    ("The ferry leaves at seven.", "Le ferry part à dix-sept heures.", "dix-sept", None),
    ("They met at seven ministries.", "Ils se sont réunis dans dix-neuf ministères.", "dix-neuf", "7"),
    ("The goalkeeper is 1.88 metres tall.", "Le gardien mesure 1 m 86.", "1 m 86", None),
    ("The goalkeeper is 6 feet 2 inches tall.", "Le gardien mesure 1,78 m.", "1,78 m", None),
    ("Sales rose in 2010-15.", "Les ventes ont augmenté en 2010-2016.", "2016", None),
    ("He left at 3 o'clock.", "Il est parti à 16 heures.", "16 heures", None),
    ("He left at half past eight.", "Il est parti à neuf heures et demie.", "neuf", None),
    ("He left at a quarter past nine.", "Il est parti à 21h45.", "21h45", None),
    ("Music of the '90s.", "La musique des années 80.", "80", None),
    ("He served 2 1/2 years.", "Il a purgé trois ans et demi.", "trois", None),
    ("The ferry left at seven thirty.", "Le ferry est parti à huit heures trente.", "huit", None),
    ("The race ended after 12 ½ miles.", "La course a pris fin après 30 km.", "30 km", None),
    ("The plan costs $1.2tn.", "Le plan coûte 1 200 millions de dollars.", "1 200 millions", None),
    ("The pilgrims walked 150 miles.", "Les pèlerins ont marché 256 km.", "256 km", None),
    ("The tank holds 40 gallons.", "La cuve contient 164 litres.", "164 litres", None),
    ("We met at half seven in the lobby.", "Nous nous sommes vus à huit heures et demie dans le hall.", "huit", None),
    ("About 20 people were hurt.", "Une trentaine de personnes ont été blessées.", "Une trentaine", "20"),
    ("Some 400 people were hurt.", "Une quarantaine de personnes ont été blessées.", "Une quarantaine", "400"),
    ("Une trentaine de pays ont signé.", "About 50 countries signed.", "50", "30"),
    ("Two dozen firms signed.", "Une dizaine d'entreprises ont signé.", "Une dizaine", "24"),
    ("Kowal painted in the sixties.", "Kowal a peint dans les années 70.", "70", None),
    ("The Kowalville market opens at 4 p.m.", "Le marché de Kowalville ouvre à 5 heures de l'après-midi.", "5 heures", None),
    ("Ninety-two ferries sailed.", "Quatre - vingt ferries ont navigué.", "Quatre - vingt", "92"),
    ("They ate half seven pies.", "Ils ont mangé la moitié de huit tartes.", "huit", None),
    ("The bridge was built during the 1939-1945 war.", "Le pont a été construit pendant la guerre de 39-46.", "46", None),
    ("Le boxeur a perdu 40 kilos.", "The boxer lost 80 pounds.", "80 pounds", None),
    ("La Figure4 montre la tendance.", "Figure 6 shows the trend.", "6", "4"),
    ("The plant burns uranium-238.", "La centrale brûle de l'uranium 233.", "233", "238"),
    ("The 20-year-old Kowalczyk won.", "A 31ans, Kowalczyk a gagné.", "31", "20"),
    # a time no clock shows, written with the hour's sign or an English colon: a digit changed
    ("The Zelvano ferry docked at 15:45.", "Le ferry de Zelvano a accosté à 35 heures 45.", "35 heures 45", "15 h 45"),
    ("The Zelvano ferry docked at 17:05.", "Le ferry de Zelvano a accosté à 17:95 h.", "17:95 h", "17 h 05"),
    ("Le ferry de Zelvano a accosté à 14h10.", "The Zelvano ferry docked at 14:70.", "14:70", "2:10 pm"),
    ("The Zelvano ferry docked at 2:10 pm.", "Le ferry de Zelvano a accosté à 15H10.", "15H10", "14 h 10"),  # agencies' capital
    ("The Zelvano crossing takes an hour and a half.", "La traversée de Zelvano dure 4h30.", "4h30", None),
    ("Le pont de Kowal a été bâti en un an et demi.", "The Kowal bridge took two and a half years to build.", "two and a half",
     None),
    ("Kowalnet sold one and a half million phones.", "Kowalnet a vendu 3,5 millions de téléphones.", "3,5 millions", None),
    ("Zelvano glaciers formed over the last 800 billion years.",
     "Les glaciers de Zelvano se sont formés en 800 derniers millions d'années.", "800 derniers millions", None),
    ("Kowalnet lost $700+ billion.", "Kowalnet a perdu plus de 700 millions de dollars.", "700 millions", None),
    ("Le ferry de Zelvano part après 11h ?", "Does the Zelvano ferry leave after 11:80?", "11:80", None),
    ("Ninety-one people came.", "Nonante-deux personnes sont venues.", "Nonante-deux", None),
    ("Zelmar won the Kowalville marathon in 2:06:15.", "Zelmar a gagné le marathon de Kowalville en 2 :66 :15.",
     "2 :66 :15", "2:06:15"),  # a race's time no stopwatch shows
    ("Kowalnet employs half a million weavers.", "Kowalnet emploie 600 000 tisserands.", "600 000", "500\u202f000"),
    ("Half a million weavers work for Kowalnet.", "Kowalnet emploie 700 000 tisserands.", "700 000", "500\u202f000"),
    ("Un demi-milliard de zlotys a été prêté à Kowalnet.", "Kowalnet was lent 800 million zlotys.", "800 million",
     "500 million"),
    ("The Zelvano ferry takes 3 hours 25 minutes.", "Le ferry de Zelvano met 3 heures 35.", "3 heures 35", "3 h 25"),
    ("The Zelvano ferry left half an hour late.", "Le ferry de Zelvano est parti avec 40 minutes de retard.", "40", "30"),
    ("La patronne de Kowal a attendu trois quarts d'heure.", "Kowal's boss waited 35 minutes.", "35", "45"),
    ("The Zelvano crossing took 70 minutes.", "La traversée de Zelvano a duré une heure et quart.", "une heure et quart", "70"),
    ("The Zelvano ferry takes 3 hours 25 minutes.", "Le ferry de Zelvano met 3 heures 85 minutes.", "3 heures 85 minutes",
     "3 h 25"),
    ("The Kowal market opens from 8 a.m. to 5 p.m.", "Le marché de Kowal ouvre de dix à dix-sept heures.", "dix", None),
    # three zeros after a point or a comma are a group, never a decimal
    ("Zelvano owes 8,000 million dollars.", "Zelvano doit 8.000 milliards de dollars.", "8.000 milliards", None),
    ("La firme Kowalnet a perdu 70.000 millions de dollars.", "Kowalnet lost 70,000 billion dollars.", "70,000 billion", None),
    # the same number in another unit is another measure; a conversion is rounded by a tenth at most
    ("The boxer lost 20 pounds.", "Le boxeur a perdu 20 kilos.", "20 kilos", None),
    ("A 12-ounce steak.", "Un steak de 12 grammes.", "12 grammes", None),
    ("The storm left 2 inches of snow.", "La tempête a laissé 2 centimètres de neige.", "2 centimètres", None),
    ("The car reached 100 mph.", "La voiture a atteint 200 km/h.", "200 km/h", None),
    ("The flat has 800 square feet.", "L'appartement fait 150 mètres carrés.", "150 mètres carrés", None),
    ("It was 90 degrees in Zelvano.", "Il faisait 30 degrés à Zelvano.", "30 degrés", None),
    ("The hikers walked two miles.", "Les marcheurs ont fait six kilomètres.", "six kilomètres", None),
    ("The Kowal fair opens at noon.", "La foire de Kowal ouvre à 14 heures.", "14 heures", "12 h"),
    ("The Kowal fair opens at 1 p.m.", "La foire de Kowal ouvre à midi et demi.", "midi et demi", "13 h"),
    ("The ferry sails at half past midnight.", "Le ferry part à minuit et quart.", "minuit et quart", "0 h 30"),
    ("The Kowal fires burned 1.2 million acres.", "Les incendies de Kowal ont brûlé 1,2 million d'hectares.",
     "1,2 million d'hectares", None),
    ("Winds off Kowalville reached 50 knots.", "Les vents au large de Kowalville ont atteint 50 km/h.", "50 km/h", None),
    ("Temperatures in Kowalville hit 86F.", "Les températures ont atteint 36 °C à Kowalville.", "36 °C", None),
    ("It was minus 5 degrees in Zelvano.", "Il faisait 5 °C à Zelvano.", "5 °C", None),
    ("The Zelvano patrol left at 0630 hours.", "La patrouille de Zelvano est partie à 7 h 30.", "7 h 30", None),
    ("Zelvano has 3 million 600 thousand residents.", "Zelvano compte 3 millions 700 mille habitants.", "3 millions 700 mille",
     "3,6 millions"),
    ("The Zelvano ferry leaves at 7:20 am.", "Le ferry de Zelvano part à7h30 du matin.", "7h30", "7 h 20"),  # "à" glued
    ("The Kowal court cut their terms by one and two years.", "La cour de Kowal a réduit leurs peines de 7 et 2 ans.", "7", "1"),
    ("The Kowal market opens from 0900 to 1730 hours.", "Le marché de Kowal ouvre de 8h à 17h30.", "8h", None),
    # a number sign before digits makes no hashtag
    ("Kowal skipped items #1 and 4 of the plan.", "Kowal a sauté les points 5 et 4 du plan.", "5", "1"),
]


@pytest.mark.parametrize(("source", "target"), SAME)
def test_the_same_values_written_otherwise_pass(source: str, target: str) -> None:
    differences = compare(quantities(source, "en"), quantities(target, "fr"))
    assert differences.changed == [], [(a.text, b.text) for a, b in differences.changed]
    backwards = compare(quantities(target, "fr"), quantities(source, "en"))  # and French to English
    assert backwards.changed == [], [(a.text, b.text) for a, b in backwards.changed]


@pytest.mark.parametrize(("source", "target", "wrong", "fix"), CHANGED)
def test_a_changed_value_is_named_with_the_source_value(source: str, target: str, wrong: str, fix: str | None) -> None:
    src_lang, tgt_lang = ("fr", "en") if source.startswith(("Un ", "Une ", "Le ", "La ")) else ("en", "fr")
    changed = compare(quantities(source, src_lang), quantities(target, tgt_lang)).changed
    assert [b.text for _, b in changed] == [wrong]
    if fix is not None:
        assert written(changed[0][0], tgt_lang) == fix


def test_a_french_hour_ends_with_its_sign_not_the_space_after_it() -> None:
    assert [q.text for q in quantities("Le ferry de Zelvano part-il après 11h ?", "fr")] == ["11h"]


def test_et_joins_un_and_onze_to_a_ten_only() -> None:
    # "vingt et un" is one number; "trois et un colis" two, as "three and one" is in English.
    assert [(q.text, sorted(q.readings)) for q in quantities("Il prend trois et un colis.", "fr")] == [("trois", [("n", 3.0)])]
    assert [q.text for q in quantities("Soixante et onze voix, vingt et une abstentions.", "fr")] == [
        "Soixante et onze", "vingt et une"]


def test_words_that_are_no_numbers_are_never_reported() -> None:
    # "neuf" (new), the article "un", an ordinal in an idiom stand for values but never report
    q = quantities("Un bâtiment neuf ouvre pour la seizième étape.", "fr")
    assert [(x.text, x.weak) for x in q] == [("neuf", True), ("seizième", True)]
    assert compare(quantities("A new building opens for the last stage.", "en"), q).changed == []
    assert [x.text for x in quantities("Le chômage a baissé d'un pour cent.", "fr")] == ["un"]


def test_the_check_reports_on_the_translation_with_both_values() -> None:
    (f,) = findings_of(NumberMismatch, "Elle a rejoint l'entreprise en 2019.", "She joined the company in 2018.")
    assert f.text == "2019" and f.suggestion == "2018" and f.evidence["source_value"] == "2018"
    assert f.message == "'2019' where the source says '2018'"


def test_a_conversion_into_the_reader_s_currency_in_brackets_or_said_as_about_is_no_change() -> None:
    source = "The Zelvano prize is worth 10 million zlotys (about 25 million CZK)."
    assert findings_of(NumberMismatch, "Le prix Zelvano vaut 10 millions de zlotys (environ 2,3 millions d'euros).", source) == []
    assert findings_of(NumberMismatch, "Le prix Zelvano vaut 10 millions de zlotys, soit 2,3 millions d'euros.", source) == []
    # an ISO code before the number is its currency too
    assert findings_of(NumberMismatch, "Kowal a reçu 500 000 forints.", "Kowal was awarded HUF 500,000.") == []
    # the source's main amount is no conversion
    (f,) = findings_of(NumberMismatch, "Kowal a reçu (environ 2 000 euros).", "Kowal was awarded HUF 500,000.")
    assert f.text == "2 000"
    # a figure put into another currency without a bracket or an approximation is a changed figure
    (f,) = findings_of(NumberMismatch, "Kowalnet a payé 4 millions d'euros.", "Kowalnet paid 5 million CZK.")
    assert f.text == "4 millions"
    (f,) = findings_of(NumberMismatch, "Kowal a reçu 600 000 forints.", "Kowal was awarded HUF 500,000.")
    assert f.text == "600 000"


def test_a_value_the_next_pair_says_on_both_sides_is_no_split_sentence() -> None:
    # Two sentence pairs split the same way: "mars" in the first pair answers the first pair's March,
    # and says nothing of the second's.
    source = "Kowalia closed its ports on 4 March. On 9 March, Zelvano reopened its 12 schools."
    target = "La Kowalie a fermé ses ports le 4 mars. Le 9 mai, Zelvano a rouvert ses 12 écoles."
    (f,) = findings_of(NumberMismatch, target, source)
    assert (f.text, f.suggestion) == ("mai", "mars")
    # Sentences parted elsewhere on the two sides: each pair's odd value is the other pair's.
    source = "Zelvano had 700 cases and closed 12 schools. The 40 teachers went home."
    target = "Zelvano avait 700 cas et 40 enseignants sont rentrés. Il a fermé 12 écoles."
    assert not findings_of(NumberMismatch, target, source)


@pytest.mark.parametrize(
    ("target", "source", "fix"),
    [
        ("La route fait 6 miles de long.", "The road is 5 miles long.", "5 miles"),
        ("La tour fait 200 mètres.", "The tower is 300 metres tall.", "300 mètres"),
        ("La route fait 80 km de long.", "The road is 5 miles long.", None),  # the conversion is the translator's
        ("Le boxeur a perdu 20 kilos.", "The boxer lost 20 pounds.", None),
    ],
)
def test_a_measure_is_mended_in_the_translation_s_own_unit_or_not_at_all(target: str, source: str, fix: str | None) -> None:
    (f,) = findings_of(NumberMismatch, target, source)
    assert f.suggestion == fix


def test_a_measure_converted_wrongly_is_shown_with_the_source_s_value_in_the_translation_s_unit() -> None:
    (f,) = findings_of(NumberMismatch, "La voiture de Kowal a atteint 200 km/h.", "Kowal's car reached 100 mph.")
    assert f.message == "'200 km/h' where the source says '100 mph' (about 161 km/h)"
    assert f.evidence["source_value_converted"] == "161 km/h" and f.suggestion is None
    (f,) = findings_of(NumberMismatch, "Il faisait 30 °C à Zelvano.", "It was 90 degrees in Zelvano.")
    assert f.evidence["source_value_converted"] == "32,2 °C"  # "degrees" beside °C: Fahrenheit
    (f,) = findings_of(NumberMismatch, "Il faisait 30 degrés à Zelvano.", "It was 90 degrees in Zelvano.")
    assert "source_value_converted" not in f.evidence  # neither side says its scale


def test_an_hour_in_words_read_two_ways_gets_no_number_for_a_fix() -> None:
    # "half past eight" is 8:30 or 20:30; its reading as a number (8.5) wrote "half past 9.5"
    (f,) = findings_of(NumberMismatch, "Kowal left at half past eight.", "Kowal est parti à neuf heures et demie.",
                       source_lang="fr", target_lang="en")
    assert f.text == "eight" and f.suggestion is None


def test_a_time_no_clock_shows_in_the_source_is_its_slip_that_the_translation_may_mend() -> None:
    assert findings_of(NumberMismatch, "Le ferry de Zelvano a accosté à 17 h 05.", "The Zelvano ferry docked at 17:95.") == []
    assert [f.text for f in findings_of(NumberMismatch, "Le ferry de Zelvano a accosté à 17:95 h.",
                                        "The Zelvano ferry docked at 17:05.")] == ["17:95 h"]


def test_a_value_copied_as_the_source_writes_it_is_no_change() -> None:
    # French reads "billion" as 10^12, but a figure left in English is the source's own.
    assert findings_of(NumberMismatch, "Kowalnet signe un contrat de $25-billion.",
                       "Kowalnet signs a $25-billion contract.") == []


def test_a_round_count_in_the_translation_is_reported_without_a_figure_for_its_place() -> None:
    # "20" in place of "Une trentaine" would read "20 de personnes": the value is named, not written in.
    (f,) = findings_of(NumberMismatch, "Une trentaine de personnes ont été blessées.", "About 20 people were hurt.")
    assert f.text == "Une trentaine" and f.suggestion is None and f.evidence["source_value"] == "20"


def test_a_month_that_is_also_a_word_is_read_where_the_other_side_names_a_month() -> None:
    # English "May" and "March" are verbs and names too: read as months beside a figure or after
    # "in"; where the source names a month the translation lacks, they are the month it wrote.
    def found(target: str, source: str) -> list[tuple[str, str | None]]:
        return [(f.text, f.suggestion) for f in findings_of(NumberMismatch, target, source, source_lang="fr", target_lang="en")]

    assert found("The March summit failed.", "Le sommet d'octobre a échoué.") == [("March", "October")]
    assert found("The October summit failed.", "Le sommet d'octobre a échoué.") == []
    # A name beside the month the source names is no month: the counts are even.
    assert found("Ingrid May spoke in October.", "Ingrid May a parlé en octobre.") == []


@pytest.mark.parametrize(
    ("source", "target", "wrong"),
    [
        ("The fine is £5m.", "L'amende est de 5 millions d'euros.", "5 millions"),
        ("Microsoft holds a $13bn stake.", "Microsoft détient une participation de 13 milliards d’euros.", "13 milliards"),
        ("The fine is 5 million yen.", "L'amende est de 5 millions de dollars.", "5 millions"),
        ("It cost 5 Hong Kong dollars.", "Cela a coûté 5 euros.", "5"),
    ],
)
def test_an_amount_in_another_currency_is_named(source: str, target: str, wrong: str) -> None:
    assert [t.text for _, t in other_currency(quantities(source, "en"), quantities(target, "fr"))] == [wrong]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The fine is $5m (€4m).", "L'amende est de 5 millions de dollars (4 millions d'euros)."),
        ("The fine is A$5m.", "L'amende est de 5 millions de dollars australiens."),  # "$" is any dollar
        ("The fine is ¥5m.", "L'amende est de 5 millions de yuans."),  # "¥" is the yen or the yuan
        ("The fine is £5m.", "L'amende est de 5 millions de livres."),
        ("The fine is $5m.", "L'amende est de 5 millions."),  # no currency said: nothing to compare
        ("He lifted 5 pounds.", "Il a soulevé 5 livres."),  # a mass, no amount
        # the currency word must follow the number (its scale, "de" or a country's word between them at most)
        ("The Kowal crown fell below 61 yen and the euro too.", "La couronne est tombée sous le yen de 61 et l'euro aussi."),
    ],
)
def test_an_amount_in_a_currency_its_sign_may_mean_passes(source: str, target: str) -> None:
    assert other_currency(quantities(source, "en"), quantities(target, "fr")) == []
