import sys
sys.path.insert(0, "/work/main/scripts")
sys.path.insert(0, "/work/main/annotations/raw/annotator_n/scripts")
from annotation_kit import Doc
from k9_helper import finalize

d = Doc("GUM_news_nasa", annotator="annotator_n")
E = d.ent

# Zones (G2): s0 title; s1 dateline; s2 caption, s3 credit; s4-s11 body; s12 caption, s13 credit;
# s14-s21 body (s18-s21 block quote); s22-s24 pull quote (copy of s19-s20) with attribution;
# s25 caption, s26 credit; s27-s37 body; s38 caption, s39 credit; s40-s43 body block quote;
# s44-s45 pull quote (copy of s32) with attribution; s46-s49 body.

UNC_ANNIV = "E18, E3, uncovered: 'Nth anniversary' taken as DATE (a date reached by counting years), not ORDINAL"
UNC_PROG = "E12, uncovered: named NASA programme taken as ORG"
UNC_SS = "E13, E23, uncovered: 'Space Shuttle' (vehicle model name) as modifier marked alone as PRODUCT"
UNC_VEH = "E23, uncovered: named spacecraft 'Space Shuttle X' taken as one PRODUCT name (capitalised prefix inside)"
UNC_MISSION = "E23, uncovered: named space mission taken as EVENT"

# ---------------------------------------------------------------- entities (s0 title)
E("NASA", "ORG", sent=0, cluster="NASA", note="E12")
E("30th anniversary", "DATE", sent=0, note=UNC_ANNIV)
E("first", "ORDINAL", sent=0, note="E16")
# s1 dateline
E("Wednesday, April 13, 2011", "DATE", sent=1, note="E18")
# s2 caption
E("NASA", "ORG", sent=2, cluster="NASA", note="E5, E13")
E("Charles Bolden", "PERSON", sent=2, cluster="Charles Bolden", note="E5")
E("four", "CARDINAL", sent=2)
E("Space Shuttle Program", "ORG", sent=2, cluster="Space Shuttle Program", note=UNC_PROG)
E("the 30th anniversay", "DATE", sent=2, note=UNC_ANNIV)
E("first", "ORDINAL", sent=2, note="E16")
E("April 12, 2011", "DATE", sent=2)
# s3 credit
E("NASA", "ORG", sent=3, cluster="NASA", note="G2, E12")
E("Bill Ingalls", "PERSON", sent=3, cluster="Bill Ingalls", note="G2")
# s4
E("NASA", "ORG", sent=4, cluster="NASA")
E("first", "ORDINAL", sent=4, note="E16")
E("Tuesday", "DATE", sent=4, note="E18")
E("Kennedy Space Center", "FAC", sent=4, cluster="Kennedy Space Center", note="E3, E10: place where the event happens")
E("KSC", "FAC", sent=4, cluster="Kennedy Space Center", note="E10, E14")
E("Cape Canaveral", "GPE", sent=4, cluster="Cape Canaveral", note="E9")
E("Florida", "GPE", sent=4, cluster="Florida", note="E9")
# s5
E("April 12, 1981", "DATE", sent=5)
E("Space Shuttle Columbia", "PRODUCT", sent=5, cluster="Space Shuttle Columbia", note=UNC_VEH)
E("Kennedy Space Center", "FAC", sent=5, cluster="Kennedy Space Center", note="E3, E10")
E("STS-1", "EVENT", sent=5, cluster="STS-1", note=UNC_MISSION)
E("first", "ORDINAL", sent=5, note="E16")
# s6
E("NASA", "ORG", sent=6, cluster="NASA")
E("Orbiter Processing Facility-1", "FAC", sent=6, cluster="Orbiter Processing Facility-1", note="E10, G4")
E("Space Shuttle Atlantis", "PRODUCT", sent=6, cluster="Space Shuttle Atlantis", note=UNC_VEH)
E("STS-135", "EVENT", sent=6, cluster="STS-135", note=UNC_MISSION)
E("Space Shuttle", "PRODUCT", sent=6, n=2, cluster="Space Shuttle", note=UNC_SS)
# s7
E("NASA", "ORG", sent=7, cluster="NASA", note="E5, E13")
E("Charles Bolden", "PERSON", sent=7, cluster="Charles Bolden", note="E5")
E("three", "CARDINAL", sent=7)
E("Space Shuttle", "PRODUCT", sent=7, n=1, cluster="Space Shuttle", note=UNC_SS)
E("Space Shuttle program", "ORG", sent=7, cluster="Space Shuttle Program",
  note="E14, E3, uncovered: same programme name with lower-case 'program', kept as spelling variant (ORG)")
# s8
E("Space Shuttle Enterprise", "PRODUCT", sent=8, cluster="Space Shuttle Enterprise", note=UNC_VEH)
E("Smithsonian", "ORG", sent=8, cluster="Smithsonian", note="E4, E12")
E("National Air and Space Museum Steven F. Udvar-Hazy Center", "FAC", sent=8,
  cluster="National Air and Space Museum Steven F. Udvar-Hazy Center",
  note="E1, E10: one name (no possessive between museum and center), origin of the relocation")
E("Washington Dulles International Airport", "FAC", sent=8, cluster="Washington Dulles International Airport", note="E10")
E("Intrepid Sea-Air-Space Museum", "FAC", sent=8, cluster="Intrepid Sea-Air-Space Museum",
  note="E3, E10: destination place of the relocation")
E("New York City", "GPE", sent=8, cluster="New York City")
# s9
E("Space Shuttle Discovery", "PRODUCT", sent=9, cluster="Space Shuttle Discovery", note=UNC_VEH)
E("Enterprise", "PRODUCT", sent=9, cluster="Space Shuttle Enterprise", note="E14")
E("Udvar-Hazy Center", "FAC", sent=9, cluster="National Air and Space Museum Steven F. Udvar-Hazy Center",
  note="E3, E10, E14")
# s10
E("Discovery", "PRODUCT", sent=10, cluster="Space Shuttle Discovery", note="E14")
E("STS-133", "EVENT", sent=10, cluster="STS-133", note=UNC_MISSION)
E("last month", "DATE", sent=10, note="E18")
E("39th", "ORDINAL", sent=10, note="E16")
# s11
E("Discovery", "PRODUCT", sent=11, cluster="Space Shuttle Discovery", note="E14")
# s12 caption
E("Space Shuttle Columbia", "PRODUCT", sent=12, cluster="Space Shuttle Columbia", note=UNC_VEH)
E("STS-1", "EVENT", sent=12, cluster="STS-1", note=UNC_MISSION)
E("Launch Pad 39A", "FAC", sent=12, cluster="Launch Pad 39A", note="E10")
E("Kennedy Space Center", "FAC", sent=12, cluster="Kennedy Space Center", note="E3, E10")
E("April 12, 1981", "DATE", sent=12)
# s13 credit
E("NASA", "ORG", sent=13, cluster="NASA", note="G2")
# s14
E("Space Shuttle Endeavour", "PRODUCT", sent=14, cluster="Space Shuttle Endeavour", note=UNC_VEH)
E("STS-134", "EVENT", sent=14, cluster="STS-134", note=UNC_MISSION)
E("the end of the month", "DATE", sent=14, note="E18, E3")
E("April 29", "DATE", sent=14)
E("California Science Center", "FAC", sent=14, cluster="California Science Center",
  note="E3, E10: destination place")
E("Los Angeles", "GPE", sent=14, cluster="Los Angeles")
E("California", "GPE", sent=14, n=2, cluster="California")
# s15
E("Atlantis", "PRODUCT", sent=15, cluster="Space Shuttle Atlantis", note="E14")
E("Kennedy Space Center Visitor Complex", "FAC", sent=15, cluster="Kennedy Space Center Visitor Complex",
  note="E1, E10")
E("June 28", "DATE", sent=15)
# s16
E("Columbia", "PRODUCT", sent=16, cluster="Space Shuttle Columbia", note="E14")
E("February 1, 2003", "DATE", sent=16)
E("seven", "CARDINAL", sent=16, note="E15")
# s17
E("Space Shuttle Challenger", "PRODUCT", sent=17, cluster="Space Shuttle Challenger", note=UNC_VEH)
E("73 seconds", "TIME", sent=17, note="E19")
E("January 28, 1986", "DATE", sent=17)
E("six", "CARDINAL", sent=17, note="E15")
# s18
E("one", "CARDINAL", sent=18, note="E15: a count in 'one of NP'")
E("Bolden", "PERSON", sent=18, cluster="Charles Bolden")
E("KSC", "ORG", sent=18, cluster="Kennedy Space Center", note="E10: employer of the employees (institution)")
# s19
E("American", "NORP", sent=19, note="E9")
# s20
E("NASA", "ORG", sent=20, cluster="NASA", note="E4")
E("Space Shuttle Program", "ORG", sent=20, cluster="Space Shuttle Program", note=UNC_PROG)
# s21
E("U.S.", "GPE", sent=21, cluster="U.S.", note="E9, E13")
# s22-s24 pull quote (G3)
E("American", "NORP", sent=22, note="E9, G3")
E("NASA", "ORG", sent=23, cluster="NASA", note="E4, G3")
E("Space Shuttle Program", "ORG", sent=23, cluster="Space Shuttle Program", note=UNC_PROG)
E("Charles Bolden", "PERSON", sent=24, cluster="Charles Bolden")
E("NASA", "ORG", sent=24, cluster="NASA", note="E5")
# s25 caption, s26 credit
E("Space Shuttle Atlantis", "PRODUCT", sent=25, cluster="Space Shuttle Atlantis", note=UNC_VEH)
E("NASA", "ORG", sent=26, cluster="NASA", note="G2")
# s28
E("U.S.", "GPE", sent=28, cluster="U.S.", note="E5, E13")
E("John Cornyn", "PERSON", sent=28, cluster="John Cornyn", note="E5")
E("Republican", "NORP", sent=28, note="E9: political group")
E("Texas", "GPE", sent=28, n=1, cluster="Texas")
E("Johnson Space Center", "FAC", sent=28, cluster="Johnson Space Center",
  note="E10: the site rejected as a location")
E("JSC", "FAC", sent=28, cluster="Johnson Space Center", note="E10, E14")
E("Houston", "GPE", sent=28, cluster="Houston")
E("Texas", "GPE", sent=28, n=2, cluster="Texas")
# s29
E("Texans", "NORP", sent=29, note="E4, E9")
E("NASA", "ORG", sent=29, cluster="NASA", note="E4")
E("Johnson Space Center", "FAC", sent=29, cluster="Johnson Space Center", note="E3, E10: as a home (place)")
E("one", "CARDINAL", sent=29, note="E15")
E("Space Shuttle", "PRODUCT", sent=29, cluster="Space Shuttle", note=UNC_SS)
# s30
E("Houston", "GPE", sent=30, cluster="Houston")
# s31
E("Cornyn", "PERSON", sent=31, cluster="John Cornyn", note="E4")
E("Houston", "GPE", sent=31, cluster="Houston")
E("one", "CARDINAL", sent=31, note="E15")
E("Bolden", "PERSON", sent=31, cluster="Charles Bolden", note="E5")
# s32
E("Today", "DATE", sent=32, note="E4, E18")
E("thousands", "CARDINAL", sent=32, note="E15")
E("Johnson Space Center", "ORG", sent=32, cluster="Johnson Space Center",
  note="E10: workplace of its staff (institution)")
E("Houston", "GPE", sent=32, cluster="Houston", note="E13")
E("State of Texas", "GPE", sent=32, cluster="Texas", note="E3, E6")
E("Administration", "ORG", sent=32, cluster="Administration",
  note="E12, E3, E4, K4: capitalised body; not certain whether NASA or the federal administration, own cluster")
# s33
E("JSC", "ORG", sent=33, cluster="Johnson Space Center", note="E3, E10: recipient (institution)")
# s34
E("Museum of Flight", "ORG", sent=34, cluster="Museum of Flight", note="E3, E10: agent of 'build'")
E("Seattle", "GPE", sent=34, cluster="Seattle")
E("Washington", "GPE", sent=34, cluster="Washington", note="E9: the state")
# s35
E("Washington", "GPE", sent=35, cluster="Washington", note="E5")
E("Chris Gregoire", "PERSON", sent=35, cluster="Chris Gregoire", note="E5")
E("Museum of Flight", "ORG", sent=35, cluster="Museum of Flight", note="E3, E10: agent")
E("Pacific Northwest", "LOC", sent=35, cluster="Pacific Northwest", note="E3, E11")
# s36
E("747", "PRODUCT", sent=36, cluster="747", note="E23: aircraft model")
E("the last 30 years", "DATE", sent=36, note="E18")
E("Seattle", "GPE", sent=36, cluster="Seattle")
# s37
E("Museum of Flight", "ORG", sent=37, cluster="Museum of Flight", note="E3, E10")
E("NASA", "ORG", sent=37, cluster="NASA")
# s38 caption, s39 credit
E("2008", "DATE", sent=38)
E("Endeavour", "PRODUCT", sent=38, cluster="Space Shuttle Endeavour", note="E14")
E("Atlantis", "PRODUCT", sent=38, cluster="Space Shuttle Atlantis", note="E14")
E("NASA", "ORG", sent=39, cluster="NASA", note="G2")
# s40
E("Museum of Flight", "ORG", sent=40, n=1, cluster="Museum of Flight", note="E5, E13")
E("Bonnie Dunbar", "PERSON", sent=40, cluster="Bonnie Dunbar", note="E5")
E("Museum of Flight", "FAC", sent=40, n=2, cluster="Museum of Flight", note="E3, E10: the trainer's home (place)")
# s44-s45 pull quote (G3)
E("Today", "DATE", sent=44, note="E4, E18, G3")
E("thousands", "CARDINAL", sent=44, note="E15, G3")
E("Johnson Space Center", "ORG", sent=44, cluster="Johnson Space Center", note="E10, G3")
E("Houston", "GPE", sent=44, cluster="Houston", note="E13, G3")
E("State of Texas", "GPE", sent=44, cluster="Texas", note="E3, E6, G3")
E("Administration", "ORG", sent=44, cluster="Administration", note="E12, E3, E4, K4, G3")
E("John Cornyn", "PERSON", sent=45, cluster="John Cornyn")
E("U.S.", "GPE", sent=45, cluster="U.S.", note="E5, E13")
E("R", "NORP", sent=45, note="G4, E9: 'R' = Republican, first part of the hyphenated 'R-Texas'")
E("Texas", "GPE", sent=45, cluster="Texas", note="G4")
# s46
E("Adler Planetarium", "ORG", sent=46, cluster="Adler Planetarium", note="E3, E10: recipient (institution)")
E("Chicago", "GPE", sent=46, cluster="Chicago")
E("Illinois", "GPE", sent=46, cluster="Illinois")
E("Evergreen Aviation & Space Museum", "ORG", sent=46, cluster="Evergreen Aviation & Space Museum",
  note="E3, E10: recipient (institution)")
E("McMinnville", "GPE", sent=46, cluster="McMinnville")
E("Oregon", "GPE", sent=46, cluster="Oregon")
E("Texas A&M", "ORG", sent=46, cluster="Texas A&M", note="E4, E12")
E("Aerospace Engineering Department", "ORG", sent=46, cluster="Aerospace Engineering Department", note="E12")
# s47
E("National Museum of the U.S. Air Force", "ORG", sent=47, cluster="National Museum of the U.S. Air Force",
  note="E1, E3, E10: recipient (institution)")
E("Wright-Patterson Air Force Base", "FAC", sent=47, cluster="Wright-Patterson Air Force Base", note="E10")
E("Ohio", "GPE", sent=47, cluster="Ohio")
E("U.S. Space and Rocket Center", "ORG", sent=47, cluster="U.S. Space and Rocket Center", note="E1, E3, E10")
E("Huntsville", "GPE", sent=47, cluster="Huntsville")
E("Alabama", "GPE", sent=47, cluster="Alabama")
E("National Air and Space Museum", "ORG", sent=47, cluster="National Air and Space Museum", note="E3, E10")
E("Evergreen Aviation & Space Museum", "ORG", sent=47, cluster="Evergreen Aviation & Space Museum", note="E3, E10")
# s48
E("NASA", "ORG", sent=48, cluster="NASA")
# s49
E("The 30th anniversary", "DATE", sent=49, note=UNC_ANNIV)
E("first", "ORDINAL", sent=49, n=1, note="E16")
E("the 50th anniversary", "DATE", sent=49, note=UNC_ANNIV)
E("first", "ORDINAL", sent=49, n=2, note="E16")
E("Yuri Gagarin", "PERSON", sent=49, cluster="Yuri Gagarin")
E("Vostok 1", "PRODUCT", sent=49, cluster="Vostok 1", note="E23: named spacecraft")

# ---------------------------------------------------------------- events
A = d.arg
LAUNCH = "movement.transportartifact.nonviolentthrowlaunch"
UNC_LAUNCH = "V1, V8, uncovered: spacecraft launch/lift-off taken as nonviolentthrowlaunch (object launched), artifact = the shuttle"
COMMIT = "contact.commitmentpromiseexpressintent.unspecified"
UNC_ANN = ("V17a, V8, H40, uncovered: NASA announcing where it will place its orbiters read as an announced "
           "intention of its own action; PLOVER AGREE by the commitment row of V16")
GIFT = "transaction.transferownership.giftgrantprovideaid"
SELF = "movement.transportperson.selfmotion"

# s0 title (links only within itself, V9)
launch0 = d.event("launch", LAUNCH, sent=0, args=[
    A("transporter", "NASA", sent=0, cluster="NASA", note="V9h"),
    A("artifact", "shuttle", sent=0, cluster="Space Shuttle Columbia", note="V12: premodifier"),
], note=UNC_LAUNCH + "; V18, V15, V16")
ann0 = d.event("announces", COMMIT, sent=0, args=[
    A("communicator", "NASA", sent=0, cluster="NASA"),
    A("topic", "new homes for retired shuttles", sent=0, head="homes", note="G6b"),
], plover="AGREE", note=UNC_ANN + "; G2, ST3")

# s2 caption (within itself)
ann2 = d.event("announces", COMMIT, sent=2, args=[
    A("communicator", "NASA Administrator Charles Bolden", sent=2, head="Bolden", cluster="Charles Bolden",
      note="K9"),
    A("topic", "where four space shuttle orbiters will be permanently displayed at the conclusion of the Space Shuttle Program",
      sent=2, head="displayed", note="G6, G7b"),
], plover="AGREE", note=UNC_ANN + "; G2")
launch2 = d.event("launch", LAUNCH, sent=2, args=[
    A("artifact", "shuttle", sent=2, n=2, cluster="Space Shuttle Columbia", note="V12: premodifier"),
], note=UNC_LAUNCH + "; G2")

# s4
launch4 = d.event("launch", LAUNCH, sent=4, args=[
    A("transporter", "NASA", sent=4, cluster="NASA", note="V9h"),
    A("artifact", "the first space shuttle", sent=4, cluster="Space Shuttle Columbia", note="V9b, K3"),
    A("origin", "the Kennedy Space Center", sent=4, cluster="Kennedy Space Center",
      note="V9i (s5: lifted off from the Kennedy Space Center), V10 test 2, K9"),
], note=UNC_LAUNCH)
# s5
lift5 = d.event("lifted", LAUNCH, sent=5, args=[
    A("artifact", "Space Shuttle Columbia", sent=5),
    A("origin", "the Kennedy Space Center", sent=5, cluster="Kennedy Space Center", note="V9a, K9"),
], note=UNC_LAUNCH + "; V3: particle 'off' outside")

# s7
ann7 = d.event("announced", COMMIT, sent=7, args=[
    A("communicator", "NASA Administrator Charles Bolden", sent=7, head="Bolden", cluster="Charles Bolden",
      note="K9"),
    A("topic", "the locations", sent=7, cluster="chosen display locations",
      note="G6: relative clause outside; K3 (= 'These facilities we've chosen', 'the final locations')"),
], plover="AGREE", note=UNC_ANN)
given7 = d.event("given", GIFT, sent=7, args=[
    A("giver", "NASA", sent=7, cluster="NASA", note="V9h: the announcing agency gives its orbiters"),
    A("recipient", "the locations", sent=7, cluster="chosen display locations", note="V9e"),
    A("artifact", "the three remaining Space Shuttle orbiters", sent=7, head="orbiters"),
], modality="other", note="V18 (gifts), V14: 'would', under the announcement; V16 none")

# s8
reloc8 = d.event("relocated", "movement.transportartifact.unspecified", sent=8, args=[
    A("artifact", "The prototype orbiter", sent=8, cluster="Space Shuttle Enterprise",
      note="V10 test 3: the subject, not the apposition; K3"),
    A("origin", "the Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center", sent=8,
      head="Center", cluster="National Air and Space Museum Steven F. Udvar-Hazy Center", note="G6, K9"),
    A("destination", "the Intrepid Sea-Air-Space Museum", sent=8, cluster="Intrepid Sea-Air-Space Museum",
      note="G6, K9"),
], modality="other", note="V8, V14: 'would'; V18: moving an object, no place role")

# s11
remove11 = d.event("removing", "movement.transportartifact.unspecified", sent=11, args=[
    A("artifact", "toxic materials", sent=11),
    A("origin", "the orbiter", sent=11, cluster="Space Shuttle Discovery", note="K3"),
], note="V1, V8: literal removal of material from the orbiter (moving objects); cf. V2h 'removal' (non-physical)")

# s12 caption
lift12 = d.event("lifts", LAUNCH, sent=12, args=[
    A("artifact", "Space Shuttle Columbia", sent=12),
    A("origin", "Launch Pad 39A", sent=12, note="V9a"),
], note=UNC_LAUNCH + "; G2 caption, V3")

# s14
launch14 = d.event("launch", LAUNCH, sent=14, args=[
    A("artifact", "Space Shuttle Endeavour", sent=14, note="V9e"),
], modality="other", note=UNC_LAUNCH + "; V14: 'will'")
sent14 = d.event("sent", "movement.transportartifact.sendsupplyexport", sent=14, args=[
    A("artifact", "Space Shuttle Endeavour", sent=14),
    A("destination", "the California Science Center", sent=14, cluster="California Science Center",
      note="G6: 'in Los Angeles, California' outside; K9"),
], modality="other", note="V8, V14: 'will'")

# s15
flight15 = d.event("flight", SELF, sent=15, args=[
    A("vehicle", "the orbiter", sent=15, cluster="Space Shuttle Atlantis", note="V9b: possessor; K3"),
], modality="other",
    note="V8, V14: scheduled future flight; uncovered: a spacecraft's flight taken as selfmotion with the craft as vehicle (crew not mentioned)")
launch15 = d.event("launches", LAUNCH, sent=15, args=[
    A("artifact", "Atlantis", sent=15, note="V10 test 4"),
], modality="other", note=UNC_LAUNCH + "; V14: schedule")

# s16
lost16 = d.event("lost", "artifactexistence.damagedestroy.destroy", sent=16, args=[
    A("artifact", "Columbia", sent=16),
], note="V1, V8, uncovered: loss of an orbiter (destroyed in an accident) taken as destroy, no destroyer")
disint16 = d.event("disintegrated", "artifactexistence.damagedestroy.destroy", sent=16, args=[
    A("artifact", "it", sent=16, cluster="Space Shuttle Columbia", note="V10 test 3"),
], note="V7, V8")
reentry16 = d.event("re-entry", SELF, sent=16, args=[
    A("vehicle", "Columbia", sent=16, note="V10 test 4"),
], note="V8, G4: hyphenated one word; uncovered: atmospheric re-entry of a spacecraft taken as selfmotion (enter)")
kill16 = d.event("killing", "life.die.nonviolentdeath", sent=16, args=[
    A("victim", "all seven astronauts", sent=16, head="astronauts", note="G6: 'aboard' outside"),
], note="V18: deaths in an accident, not by violence")

# s17
lost17 = d.event("lost", "artifactexistence.damagedestroy.destroy", sent=17, args=[
    A("artifact", "Space Shuttle Challenger", sent=17),
], note="V1, V8, uncovered: loss of an orbiter taken as destroy, no destroyer")
expl17 = d.event("exploded", "disaster.fireexplosion.fireexplosion", sent=17, args=[
    A("fireexplosionobject", "it", sent=17, cluster="Space Shuttle Challenger", note="V9a"),
], note="V18")
liftoff17 = d.event("liftoff", LAUNCH, sent=17, args=[
    A("artifact", "Space Shuttle Challenger", sent=17, note="V10 test 4"),
], note=UNC_LAUNCH)
kill17 = d.event("killing", "life.die.nonviolentdeath", sent=17, args=[
    A("victim", "all six", sent=17, head="six", note="G6: 'aboard' outside; G7"),
], note="V18")

# s18 (Bolden's quotation)
interest18 = d.event("interest", "contact.requestadvise.unspecified", sent=18, args=[
    A("communicator", "all of the locations", sent=18, head="locations", note="V9e, G7a; K3: mentioned once"),
    A("recipient", "We", sent=18, cluster="NASA", note="V9h, K8"),
    A("topic", "one of these national treasures", sent=18, head="treasures", note="G6a, G7a"),
], plover="REQUEST",
    note="V4: 'expressed' support verb; V17a, uncovered: expressing interest in receiving an orbiter read as a request (bid)")

# s25 caption
lift25 = d.event("lifting", LAUNCH, sent=25, args=[
    A("artifact", "Space Shuttle Atlantis", sent=25),
], note=UNC_LAUNCH + "; G2 caption")

# s28
stmt28 = d.event("statement", "contact.mediastatement.unspecified", sent=28, args=[
    A("communicator", "U.S. Senator John Cornyn", sent=28, head="Cornyn", cluster="John Cornyn",
      note="G6: apposition outside; K9"),
], note="V17b, V4: 'issued' support verb; no medium named")
# s31
stmt31 = d.event("statement", "contact.mediastatement.unspecified", sent=31, args=[
    A("communicator", "Cornyn", sent=31, note="V9b: possessor"),
], note="V17b, V7")
# s32 (inside Cornyn's quotation)
ann32 = d.event("announcement", COMMIT, sent=32, args=[
    A("communicator", "Administrator Bolden", sent=31, head="Bolden", cluster="Charles Bolden",
      note="V9i, V10, K9"),
], plover="AGREE", note=UNC_ANN + "; V7")
# s33
recv33 = d.event("recieve", GIFT, sent=33, args=[
    A("recipient", "the JSC", sent=33, cluster="Johnson Space Center", note="V9a, K9"),
    A("artifact", "pilot and commander seats", sent=33, head="seats",
      note="G6: coordinated premodifiers of one head kept in one span; 'from the flight deck' outside"),
], modality="other", note="V18 (gifts), V14: 'will'; misspelt trigger as in the text (G1)")

# s34
prop34 = d.event("proposed", COMMIT, sent=34, args=[
    A("topic", "The Museum of Flight", sent=34, head="Museum", cluster="Museum of Flight",
      note="G6: 'in Seattle, Washington' outside; K9"),
], plover="AGREE", note="V17a: proposal; proposer not mentioned; V16")
build34 = d.event("build", "manufacture.artifact.build", sent=34, args=[
    A("manufacturer", "The Museum of Flight", sent=34, head="Museum", cluster="Museum of Flight",
      note="V9d, K9"),
    A("artifact", "a new building", sent=34),
], note="V18: building")

# s35
stmt35 = d.event("statement", "contact.mediastatement.unspecified", sent=35, args=[
    A("communicator", "Governor of Washington Chris Gregoire", sent=35, head="Gregoire", cluster="Chris Gregoire",
      note="V9h, G6a, K9"),
], note="V17b: 'statement' is a (b) public-statement noun; 'said' itself is no event (V17c)")
land35 = d.event("landing", GIFT, sent=35, args=[
    A("giver", "NASA", sent=37, cluster="NASA", note="V9i: NASA decides who receives a shuttle (s37)"),
    A("recipient", "The Museum of Flight", sent=35, head="Museum", cluster="Museum of Flight", note="V9d, K9"),
    A("artifact", "a retired shuttle", sent=35),
    A("place", "the Pacific Northwest", sent=35, cluster="Pacific Northwest", note="V9f, K9"),
], modality="other",
    note="V18 (gift), V14: attempted ('put effort into'); landing = obtaining the shuttle")
# s36
trans36 = d.event("transported", "movement.transportartifact.unspecified", sent=36, args=[
    A("vehicle", "the 747", sent=36, cluster="747", note="V9e, K9"),
    A("artifact", "shuttles", sent=36),
], note="V1: habitual; V8")

# s38 caption
journey38 = d.event("journey", SELF, sent=38, args=[
    A("vehicle", "Endeavour", sent=38, note="G6: conjuncts split"),
    A("vehicle", "Atlantis", sent=38),
    A("origin", "their respective launchpads", sent=38, note="V9h: the journeys start from the launchpads; K7 no cluster"),
], modality="other", note="V8, V14: awaited (future); uncovered: spacecraft journey as selfmotion with vehicle")

# s41-s42 (Gregoire's quotation continued, ST2)
climb41 = d.event("climb", SELF, sent=41, args=[
    A("destination", "the trainer", sent=41, cluster="full fuselage trainer",
      note="K3 (= 'the full fuselage trainer', 'this trainer', 'It'); 'visitors' generic, K10"),
], modality="other", note="V8, V14: modal of possibility ('will allow'), V3: 'aboard' outside")
allow42 = d.event("allowed", "movement.transportperson.grantentryasylum", sent=42, args=[
    A("destination", "the other shuttles", sent=42, note="K3: mentioned once; 'Visitors' generic, K10"),
], polarity="negative", modality="other", note="V8, V13, V14: 'will not' (negative + other)")

# s44 pull quote (G3: copy of s32)
ann44 = d.event("announcement", COMMIT, sent=44, plover="AGREE",
                note=UNC_ANN + "; G3, V9: pull quote links only within itself")

# s46
given46 = d.event("given", GIFT, sent=46, args=[
    A("giver", "NASA", sent=48, cluster="NASA", note="V9i: 'NASA is also offering' (s48); pull quote s44-45 skipped"),
    A("artifact", "various shuttle simulators", sent=46, head="simulators", note="V9e"),
    A("recipient", "the Adler Planetarium", sent=46, cluster="Adler Planetarium", note="G6, K9"),
    A("recipient", "the Evergreen Aviation & Space Museum of McMinnville, Oregon", sent=46, head="Museum",
      cluster="Evergreen Aviation & Space Museum", note="G6a, G7, K9"),
    A("recipient", "Texas A&M's Aerospace Engineering Department", sent=46, head="Department",
      cluster="Aerospace Engineering Department", note="K9"),
], modality="other", note="V18 (gifts), V14: 'will'")

# s48
offer48 = d.event("offering", COMMIT, sent=48, args=[
    A("communicator", "NASA", sent=48),
    A("topic", "shuttle heat shield tiles", sent=48),
], plover="AGREE",
    note="V17a, V8, V16; recipients 'schools and universities that want ...' non-specific, K10")

# s49
flight49 = d.event("flight", SELF, sent=49, args=[
    A("transporter", "Yuri Gagarin", sent=49, note="V9e ('when' clause)"),
    A("vehicle", "Vostok 1", sent=49),
    A("destination", "space", sent=49),
], note="V8: a person travelling by vehicle")
lift49 = d.event("lifted", SELF, sent=49, args=[
    A("transporter", "Yuri Gagarin", sent=49),
    A("vehicle", "Vostok 1", sent=49),
    A("destination", "space", sent=49),
], note="V8, V3: person travels aboard a vehicle (selfmotion)")

corefs = [
    (launch2, launch0), (launch4, launch0), (lift5, launch0), (lift12, launch0),
    (ann2, ann0), (ann7, ann0), (ann32, ann0), (ann44, ann0),
    (disint16, lost16),
    (stmt31, stmt28),
    (lift49, flight49),
]

# ---------------------------------------------------------------- stances
F = d.fact
# author CT+ (asserted, positive; no SIP)
for ev in [launch0, ann0, ann2, launch2, launch4, lift5, ann7, remove11, lift12, lost16, disint16, reentry16,
           kill16, lost17, expl17, liftoff17, kill17, lift25, stmt28, stmt31, prop34, build34, stmt35,
           offer48, flight49, lift49]:
    F(ev, "CT+", note="ST3, ST4")
# author PR+ (future, scheduled)
for ev in [reloc8, launch14, sent14, flight15, launch15, recv33, given46]:
    F(ev, "PR+", note="ST4: 'will'/'would'/schedule")
F(journey38, "PR+", note="ST4: awaited future journey")
# author Uu: announced plan (as H56 on the announced withdrawal)
F(given7, "Uu", note="ST4, H56: announced as a plan; 'announced' + NP object is no SIP")
# attitude: the announcer's own action (ST5 'announced' + own action, H56)
d.attitude(d.holder("NASA Administrator Charles Bolden", sent=7, cluster="Charles Bolden"), given7, "FAVOR",
           cue=d.span("announced", sent=7), note="ST5, ST6, H56, K9")

# Bolden's quotation s18-s21
F(interest18, "CT+", holder=d.holder("Bolden", sent=18), cue=d.span("said", sent=18), note="ST2, ST6: inverted attribution")
# Cornyn's statement s31-s32
F(ann32, "CT+", holder=d.holder("Cornyn's statement", sent=31), cue=d.span("added", sent=31),
  note="ST2, ST6, ST7, ST4: presupposed; holder is the statement (cf. 'an Internet posting'), no cluster (K3)")
# pull quote s44-s45: attributed without predicate, name = cue
F(ann44, "CT+", holder=d.holder("John Cornyn", sent=45), cue=d.span("John Cornyn", sent=45),
  note="ST2: pull quote '- Name', G3")
# Gregoire's statement s35-s37 and its continuation s40-s43 (ST2)
greg = lambda: d.holder("Governor of Washington Chris Gregoire", sent=35, cluster="Chris Gregoire")
said35 = d.span("said", sent=35)
F(land35, "Uu", holder=greg(), cue=said35, note="ST2, ST4: tried (effort into), K9")
F(trans36, "CT+", holder=greg(), cue=said35, note="ST2, ST4, K9")
F(climb41, "PS+", holder=greg(), cue=said35,
  note="ST2: block quote continuing Gregoire's quotation without new SIP; ST4: possibility ('will allow')")
F(allow42, "PR-", holder=greg(), cue=said35, note="ST2 continuation; ST4: 'will not'")

finalize(d, corefs)
