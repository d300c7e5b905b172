import sys; sys.path.insert(0, "/work/main/scripts"); sys.path.insert(0, "/work/main/annotations/raw/annotator_m/scripts")
from annotation_kit import Doc
import k9helper

d = Doc("GUM_news_nasa", annotator="annotator_m")
E = d.ent

# ============================ ENTITIES ============================
# s0 title
E("NASA", "ORG", sent=0, cluster="NASA", note="E12")
E("30th", "ORDINAL", sent=0, note="E16")
E("first", "ORDINAL", sent=0, note="E16")
# s1 dateline
E("Wednesday, April 13, 2011", "DATE", sent=1, note="E18, G2")
# s2 caption
E("NASA", "ORG", sent=2, cluster="NASA", note="E5, E13")
E("Charles Bolden", "PERSON", sent=2, cluster="Charles Bolden", note="E5")
E("four", "CARDINAL", sent=2)
E("Space Shuttle Program", "ORG", sent=2, cluster="Space Shuttle Program",
  note="E3, uncovered: named programme typed ORG (nearest E12)")
E("30th", "ORDINAL", sent=2, note="E16")
E("first", "ORDINAL", sent=2, note="E16")
E("April 12, 2011", "DATE", sent=2)
# s3 credit
E("NASA", "ORG", sent=3, cluster="NASA", note="G2 credit, E12")
E("Bill Ingalls", "PERSON", sent=3, cluster="Bill Ingalls", note="G2 credit")
# s4
E("NASA", "ORG", sent=4, cluster="NASA")
E("first", "ORDINAL", sent=4, note="E16")
E("Tuesday", "DATE", sent=4)
E("Kennedy Space Center", "FAC", sent=4, cluster="Kennedy Space Center", note="E3, E10: place where the event happens")
E("KSC", "FAC", sent=4, cluster="Kennedy Space Center", note="E10, E14")
E("Cape Canaveral", "GPE", sent=4, cluster="Cape Canaveral", note="E9")
E("Florida", "GPE", sent=4, cluster="Florida")
# s5
E("April 12, 1981", "DATE", sent=5)
E("Space Shuttle Columbia", "PRODUCT", sent=5, cluster="Space Shuttle Columbia", note="E23: named vehicle")
E("Kennedy Space Center", "FAC", sent=5, cluster="Kennedy Space Center", note="E3, E10")
E("STS-1", "EVENT", sent=5, cluster="STS-1", note="E23: named mission as named happening, uncovered")
E("first", "ORDINAL", sent=5, note="E16")
# s6
E("NASA", "ORG", sent=6, cluster="NASA")
E("Orbiter Processing Facility-1", "FAC", sent=6, cluster="Orbiter Processing Facility-1", note="E10")
E("Space Shuttle Atlantis", "PRODUCT", sent=6, cluster="Space Shuttle Atlantis", note="E23")
E("STS-135", "EVENT", sent=6, cluster="STS-135", note="E23, uncovered: named mission")
E("Space Shuttle", "PRODUCT", sent=6, n=2, cluster="Space Shuttle", note="E13, E23: name of the vehicle system as modifier")
# s7
E("NASA", "ORG", sent=7, cluster="NASA", note="E5, E13")
E("Charles Bolden", "PERSON", sent=7, cluster="Charles Bolden", note="E5")
E("three", "CARDINAL", sent=7)
E("Space Shuttle", "PRODUCT", sent=7, n=1, cluster="Space Shuttle", note="E13, E23")
E("Space Shuttle program", "ORG", sent=7, cluster="Space Shuttle Program", note="E14, uncovered: named programme as ORG")
# s8
E("Space Shuttle Enterprise", "PRODUCT", sent=8, cluster="Space Shuttle Enterprise", note="E23")
E("Smithsonian", "ORG", sent=8, cluster="Smithsonian", note="E3, E4, E12")
E("National Air and Space Museum Steven F. Udvar-Hazy Center", "FAC", sent=8,
  cluster="National Air and Space Museum Steven F. Udvar-Hazy Center", note="E1, E10: one name, origin place of relocation")
E("Washington Dulles International Airport", "FAC", sent=8, cluster="Washington Dulles International Airport", note="E1, E10")
E("Intrepid Sea-Air-Space Museum", "FAC", sent=8, cluster="Intrepid Sea-Air-Space Museum", note="E3, E10: destination place")
E("New York City", "GPE", sent=8, cluster="New York City")
# s9
E("Space Shuttle Discovery", "PRODUCT", sent=9, cluster="Space Shuttle Discovery", note="E23")
E("Enterprise", "PRODUCT", sent=9, cluster="Space Shuttle Enterprise", note="E14")
E("Udvar-Hazy Center", "FAC", sent=9, cluster="National Air and Space Museum Steven F. Udvar-Hazy Center", note="E3, E10, E14")
# s10
E("Discovery", "PRODUCT", sent=10, cluster="Space Shuttle Discovery")
E("STS-133", "EVENT", sent=10, cluster="STS-133", note="E23, uncovered: named mission")
E("last month", "DATE", sent=10, note="E18")
E("39th", "ORDINAL", sent=10)
# s11
E("Discovery", "PRODUCT", sent=11, cluster="Space Shuttle Discovery")
# s12 caption
E("Space Shuttle Columbia", "PRODUCT", sent=12, cluster="Space Shuttle Columbia")
E("STS-1", "EVENT", sent=12, cluster="STS-1", note="E23")
E("Launch Pad 39A", "FAC", sent=12, cluster="Launch Pad 39A", note="E10")
E("Kennedy Space Center", "FAC", sent=12, cluster="Kennedy Space Center", note="E3, E10")
E("April 12, 1981", "DATE", sent=12)
# s13 credit
E("NASA", "ORG", sent=13, cluster="NASA", note="G2 credit")
# s14
E("Space Shuttle Endeavour", "PRODUCT", sent=14, cluster="Space Shuttle Endeavour", note="E23")
E("STS-134", "EVENT", sent=14, cluster="STS-134", note="E23, uncovered: named mission")
E("the end of the month", "DATE", sent=14, note="E18")
E("April 29", "DATE", sent=14)
E("California Science Center", "FAC", sent=14, cluster="California Science Center", note="E3, E10: destination place")
E("Los Angeles", "GPE", sent=14, cluster="Los Angeles")
E("California", "GPE", sent=14, n=2, cluster="California")
# s15
E("Atlantis", "PRODUCT", sent=15, cluster="Space Shuttle Atlantis")
E("Kennedy Space Center Visitor Complex", "FAC", sent=15, cluster="Kennedy Space Center Visitor Complex", note="E1, E3, E10")
E("June 28", "DATE", sent=15)
# s16
E("Columbia", "PRODUCT", sent=16, cluster="Space Shuttle Columbia")
E("February 1, 2003", "DATE", sent=16)
E("seven", "CARDINAL", sent=16, note="E15")
# s17
E("Space Shuttle Challenger", "PRODUCT", sent=17, cluster="Space Shuttle Challenger", note="E23")
E("73 seconds", "TIME", sent=17, note="E19")
E("January 28, 1986", "DATE", sent=17)
E("six", "CARDINAL", sent=17, note="E15")
# s18
E("one", "CARDINAL", sent=18, note="E15: count in a partitive, not a pronoun")
E("Bolden", "PERSON", sent=18, cluster="Charles Bolden")
E("KSC", "ORG", sent=18, cluster="Kennedy Space Center", note="E10: employees of the institution")
# s19-21 quote
E("American", "NORP", sent=19, note="E9")
E("NASA", "ORG", sent=20, cluster="NASA", note="E4")
E("Space Shuttle Program", "ORG", sent=20, cluster="Space Shuttle Program", note="uncovered: named programme as ORG")
E("U.S.", "GPE", sent=21, cluster="U.S.", note="E9")
# s22-24 pull quote
E("American", "NORP", sent=22, note="G3")
E("NASA", "ORG", sent=23, cluster="NASA", note="G3, E4")
E("Space Shuttle Program", "ORG", sent=23, cluster="Space Shuttle Program", note="G3")
E("Charles Bolden", "PERSON", sent=24, cluster="Charles Bolden")
E("NASA", "ORG", sent=24, cluster="NASA", note="E5")
# s25 caption, s26 credit
E("Space Shuttle Atlantis", "PRODUCT", sent=25, cluster="Space Shuttle Atlantis")
E("NASA", "ORG", sent=26, cluster="NASA", note="G2 credit")
# s28
E("U.S.", "GPE", sent=28, cluster="U.S.", note="E5, E13")
E("John Cornyn", "PERSON", sent=28, cluster="John Cornyn", note="E5")
E("Republican", "NORP", sent=28, note="E9: political group")
E("Texas", "GPE", sent=28, n=1, cluster="Texas")
E("Johnson Space Center", "FAC", sent=28, cluster="Johnson Space Center", note="E10: rejected as a location (place)")
E("JSC", "FAC", sent=28, cluster="Johnson Space Center", note="E10, E14")
E("Houston", "GPE", sent=28, cluster="Houston")
E("Texas", "GPE", sent=28, n=2, cluster="Texas")
# s29
E("Texans", "NORP", sent=29, note="E4, E9")
E("NASA", "ORG", sent=29, cluster="NASA", note="E4")
E("Johnson Space Center", "FAC", sent=29, cluster="Johnson Space Center", note="E3, E10: as a home (place)")
E("one", "CARDINAL", sent=29, note="E15")
E("Space Shuttle", "PRODUCT", sent=29, cluster="Space Shuttle", note="E13, E23")
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
E("Johnson Space Center", "FAC", sent=32, cluster="Johnson Space Center", note="E10: place of the workers")
E("Houston", "GPE", sent=32, cluster="Houston", note="E13")
E("State of Texas", "GPE", sent=32, cluster="Texas", note="E3, E6: capitalised classifier inside")
E("Administration", "ORG", sent=32, cluster="Administration",
  note="E3, E12: capitalised body; referent (NASA administration or US administration) not certain, own cluster (K4)")
# s33
E("JSC", "ORG", sent=33, cluster="Johnson Space Center", note="E3, E10: recipient institution")
# s34
E("Museum of Flight", "ORG", sent=34, cluster="Museum of Flight", note="E3, E10: institution acting")
E("Seattle", "GPE", sent=34, cluster="Seattle")
E("Washington", "GPE", sent=34, cluster="Washington")
# s35
E("Washington", "GPE", sent=35, cluster="Washington", note="E5")
E("Chris Gregoire", "PERSON", sent=35, cluster="Chris Gregoire", note="E5")
E("Museum of Flight", "ORG", sent=35, cluster="Museum of Flight", note="E3, E10")
E("Pacific Northwest", "LOC", sent=35, cluster="Pacific Northwest", note="E3, E11")
# s36
E("747", "PRODUCT", sent=36, cluster="747", note="E3, E23: aircraft model")
E("the last 30 years", "DATE", sent=36, note="E18")
E("Seattle", "GPE", sent=36, cluster="Seattle")
# s37
E("Museum of Flight", "ORG", sent=37, cluster="Museum of Flight", note="E3, E10")
E("NASA", "ORG", sent=37, cluster="NASA")
# s38 caption, s39 credit
E("2008", "DATE", sent=38)
E("Endeavour", "PRODUCT", sent=38, cluster="Space Shuttle Endeavour")
E("Atlantis", "PRODUCT", sent=38, cluster="Space Shuttle Atlantis")
E("NASA", "ORG", sent=39, cluster="NASA", note="G2 credit")
# s40
E("Museum of Flight", "ORG", sent=40, n=1, cluster="Museum of Flight", note="E5, E13")
E("Bonnie Dunbar", "PERSON", sent=40, cluster="Bonnie Dunbar", note="E5")
E("Museum of Flight", "FAC", sent=40, n=2, cluster="Museum of Flight", note="E3, E10: home (place) of the trainer")
# s44-45 pull quote
E("Today", "DATE", sent=44, note="G3, E4, E18")
E("thousands", "CARDINAL", sent=44, note="G3, E15")
E("Johnson Space Center", "FAC", sent=44, cluster="Johnson Space Center", note="G3, E10")
E("Houston", "GPE", sent=44, cluster="Houston", note="G3, E13")
E("State of Texas", "GPE", sent=44, cluster="Texas", note="G3, E3, E6")
E("Administration", "ORG", sent=44, cluster="Administration", note="G3, E3, E12")
E("John Cornyn", "PERSON", sent=45, cluster="John Cornyn")
E("U.S.", "GPE", sent=45, cluster="U.S.", note="E5")
E("Texas", "GPE", sent=45, cluster="Texas", note="G4: name as last part of a hyphenated compound (R-Texas)")
# s46
E("Adler Planetarium", "ORG", sent=46, cluster="Adler Planetarium", note="E3, E10: recipient institution")
E("Chicago", "GPE", sent=46, cluster="Chicago")
E("Illinois", "GPE", sent=46, cluster="Illinois")
E("Evergreen Aviation & Space Museum", "ORG", sent=46, cluster="Evergreen Aviation & Space Museum", note="E3, E10")
E("McMinnville", "GPE", sent=46, cluster="McMinnville")
E("Oregon", "GPE", sent=46, cluster="Oregon")
E("Texas A&M", "ORG", sent=46, cluster="Texas A&M", note="E4, E12")
E("Aerospace Engineering Department", "ORG", sent=46, cluster="Aerospace Engineering Department", note="E12: capitalised body")
# s47
E("National Museum of the U.S. Air Force", "ORG", sent=47, cluster="National Museum of the U.S. Air Force", note="E1, E3, E10")
E("Wright-Patterson Air Force Base", "FAC", sent=47, cluster="Wright-Patterson Air Force Base", note="E10")
E("Ohio", "GPE", sent=47, cluster="Ohio")
E("U.S. Space and Rocket Center", "ORG", sent=47, cluster="U.S. Space and Rocket Center", note="E1, E3, E10")
E("Huntsville", "GPE", sent=47, cluster="Huntsville")
E("Alabama", "GPE", sent=47, cluster="Alabama")
E("National Air and Space Museum", "ORG", sent=47, cluster="National Air and Space Museum",
  note="E3, E10, K4: the museum, not its Udvar-Hazy annex of s8")
E("Evergreen Aviation & Space Museum", "ORG", sent=47, cluster="Evergreen Aviation & Space Museum", note="E3, E10")
# s48
E("NASA", "ORG", sent=48, cluster="NASA")
# s49
E("30th", "ORDINAL", sent=49)
E("first", "ORDINAL", sent=49, n=1)
E("50th", "ORDINAL", sent=49)
E("first", "ORDINAL", sent=49, n=2)
E("Yuri Gagarin", "PERSON", sent=49, cluster="Yuri Gagarin")
E("Vostok 1", "PRODUCT", sent=49, cluster="Vostok 1", note="E23")

# ============================ EVENTS ============================
A = d.arg
LAUNCH = "movement.transportartifact.nonviolentthrowlaunch"
SELF = "movement.transportperson.selfmotion"
COMMIT = "contact.commitmentpromiseexpressintent.unspecified"
MEDIA = "contact.mediastatement.unspecified"
GIFT = "transaction.transferownership.giftgrantprovideaid"
DESTROY = "artifactexistence.damagedestroy.destroy"
UNC_LAUNCH = "uncovered: spacecraft launch/lift-off typed nonviolentthrowlaunch (V18 has no space row), transporter = launching agency"

# s0 title
e_launch0 = d.event("launch", LAUNCH, sent=0, args=[
    A("transporter", "NASA", sent=0),
    A("artifact", "shuttle", sent=0, cluster="Space Shuttle Columbia"),
], note="V1, V12 premodifier, V9 title-internal, " + UNC_LAUNCH)
e_ann0 = d.event("announces", COMMIT, sent=0, args=[
    A("communicator", "NASA", sent=0),
    A("topic", "new homes for retired shuttles", sent=0, head="homes"),
], note="V17a: announced intention of own action (placing the orbiters), V8 unspecified, V16 no row (uncovered: no PLOVER)")
# s2 caption
e_ann2 = d.event("announces", COMMIT, sent=2, args=[
    A("communicator", "NASA Administrator Charles Bolden", sent=2, head="Bolden", cluster="Charles Bolden"),
    A("topic", "where four space shuttle orbiters will be permanently displayed at the conclusion of the Space Shuttle Program",
      sent=2, head="displayed"),
], note="V17a, G2 caption, G6 clause topic, K9")
e_launch2 = d.event("launch", LAUNCH, sent=2, args=[
    A("transporter", "NASA", sent=2),
    A("artifact", "shuttle", sent=2, cluster="Space Shuttle Columbia"),
], note="V12, V9 caption-internal, " + UNC_LAUNCH)
# s4
e_launch4 = d.event("launch", LAUNCH, sent=4, args=[
    A("transporter", "NASA", sent=4),
    A("artifact", "the first space shuttle", sent=4, head="shuttle", cluster="Space Shuttle Columbia"),
    A("origin", "the Kennedy Space Center", sent=4, head="Center", cluster="Kennedy Space Center"),
], note="V9b, V9h, V10 test 2, " + UNC_LAUNCH)
# s5
e_lift5 = d.event("lifted", LAUNCH, sent=5, args=[
    A("artifact", "Space Shuttle Columbia", sent=5),
    A("origin", "the Kennedy Space Center", sent=5, head="Center", cluster="Kennedy Space Center"),
    A("transporter", "NASA", sent=6),
], note="V3 particle outside, V9a, V9i, V10 test 5, " + UNC_LAUNCH)
# s7
e_ann7 = d.event("announced", COMMIT, sent=7, args=[
    A("communicator", "NASA Administrator Charles Bolden", sent=7, head="Bolden", cluster="Charles Bolden"),
    A("topic", "the locations", sent=7),
], note="V17a, G6 relative clause outside, K9")
e_given7 = d.event("given", GIFT, sent=7, args=[
    A("giver", "NASA", sent=7),
    A("recipient", "the locations", sent=7),
    A("artifact", "the three remaining Space Shuttle orbiters", sent=7, head="orbiters"),
], modality="other", note="V9e, V9h, V14 would + announced plan, K7 sets: no cluster")
# s8
e_reloc = d.event("relocated", "movement.transportartifact.unspecified", sent=8, args=[
    A("artifact", "The prototype orbiter", sent=8, cluster="Space Shuttle Enterprise"),
    A("origin", "the Smithsonian's National Air and Space Museum Steven F. Udvar-Hazy Center", sent=8, head="Center",
      cluster="National Air and Space Museum Steven F. Udvar-Hazy Center"),
    A("destination", "the Intrepid Sea-Air-Space Museum", sent=8, head="Museum", cluster="Intrepid Sea-Air-Space Museum"),
    A("transporter", "NASA", sent=7),
], modality="other", note="V9a, V10 test 3 (apposition outside, G6), V9i, V14 would, K9")
# s11
e_remove = d.event("removing", "movement.transportartifact.unspecified", sent=11, args=[
    A("artifact", "toxic materials", sent=11),
    A("origin", "the orbiter", sent=11, cluster="Space Shuttle Discovery"),
], note="V1, V9a, uncovered: removal of materials as artifact movement")
# s12 caption
e_lift12 = d.event("lifts", LAUNCH, sent=12, args=[
    A("artifact", "Space Shuttle Columbia", sent=12),
    A("origin", "Launch Pad 39A", sent=12),
], note="V3, G2 caption, V9 caption-internal; KSC fits no role of the type (V11), " + UNC_LAUNCH)
# s14
e_launch14 = d.event("launch", LAUNCH, sent=14, args=[
    A("artifact", "Space Shuttle Endeavour", sent=14),
], modality="other", note="V9e, V14 will, " + UNC_LAUNCH)
e_sent14 = d.event("sent", "movement.transportartifact.sendsupplyexport", sent=14, args=[
    A("artifact", "Space Shuttle Endeavour", sent=14),
    A("destination", "the California Science Center", sent=14, head="Center", cluster="California Science Center"),
], modality="other", note="V9a, V14 will, G6, K9")
# s15
e_flight15 = d.event("flight", SELF, sent=15, args=[
    A("vehicle", "the orbiter", sent=15, cluster="Space Shuttle Atlantis"),
], modality="other", note="V9b, V14 scheduled, uncovered: spaceflight typed selfmotion with vehicle")
e_launches15 = d.event("launches", LAUNCH, sent=15, args=[
    A("artifact", "Atlantis", sent=15),
], modality="other", note="V10 test 4, V14 scheduled, " + UNC_LAUNCH)
# s16
e_lost16 = d.event("lost", DESTROY, sent=16, args=[
    A("artifact", "Columbia", sent=16),
], note="V1, V18 accidents, uncovered: loss/break-up of a spacecraft typed damagedestroy.destroy")
e_disint = d.event("disintegrated", DESTROY, sent=16, args=[
    A("artifact", "it", sent=16, cluster="Space Shuttle Columbia"),
], note="V7, V18, uncovered: break-up typed destroy")
e_reentry = d.event("re-entry", SELF, sent=16, args=[
    A("transporter", "all seven astronauts", sent=16, head="astronauts"),
    A("vehicle", "Columbia", sent=16),
], note="V9h, V10 test 4, G6 aboard outside, uncovered: re-entry typed selfmotion")
e_kill16 = d.event("killing", "life.die.nonviolentdeath", sent=16, args=[
    A("victim", "all seven astronauts", sent=16, head="astronauts"),
], note="V18 accidents: deaths not by violence, V3")
# s17
e_lost17 = d.event("lost", DESTROY, sent=17, args=[
    A("artifact", "Space Shuttle Challenger", sent=17),
], note="V1, V18, uncovered: loss of a spacecraft typed destroy")
e_expl = d.event("exploded", "disaster.fireexplosion.fireexplosion", sent=17, args=[
    A("fireexplosionobject", "it", sent=17, cluster="Space Shuttle Challenger"),
], note="V18 accidents, V9a, V10 test 3")
e_liftoff = d.event("liftoff", LAUNCH, sent=17, args=[
    A("artifact", "Space Shuttle Challenger", sent=17),
    A("transporter", "We", sent=18, cluster="NASA"),
], note="V9i, V10 test 4, K8, " + UNC_LAUNCH)
e_kill17 = d.event("killing", "life.die.nonviolentdeath", sent=17, args=[
    A("victim", "all six", sent=17, head="six"),
], note="V18, G6 aboard outside")
# s18
e_expr = d.event("expressed", "contact.requestadvise.unspecified", sent=18, args=[
    A("communicator", "the locations", sent=18),
    A("recipient", "We", sent=18, cluster="NASA"),
    A("topic", "one of these national treasures", sent=18, head="treasures"),
], note="V17a, V9e, V9h, G7a, K8, uncovered: expressing interest in receiving an orbiter read as a request")
# s25 caption
e_lift25 = d.event("lifting", LAUNCH, sent=25, args=[
    A("artifact", "Space Shuttle Atlantis", sent=25),
], note="G2 caption, V3, " + UNC_LAUNCH)
# s28
e_stat28 = d.event("statement", MEDIA, sent=28, args=[
    A("communicator", "U.S. Senator John Cornyn", sent=28, head="Cornyn", cluster="John Cornyn"),
], note="V17b, V4 issued support, V9c, G6 apposition outside, K9")
# s31
e_stat31 = d.event("statement", MEDIA, sent=31, args=[
    A("communicator", "Cornyn", sent=31),
], note="V17b, V7, V9b")
# s32
e_ann32 = d.event("announcement", COMMIT, sent=32, args=[
    A("communicator", "Administrator Bolden", sent=31, head="Bolden", cluster="Charles Bolden"),
], note="V17a, V7, V9i, V10, K9")
# s33
e_recv = d.event("recieve", GIFT, sent=33, args=[
    A("recipient", "the JSC", sent=33, cluster="Johnson Space Center"),
    A("artifact", "pilot and commander seats", sent=33, head="seats"),
], modality="other", note="V9a, G6 source PP outside, V14 will, K9")
# s34
e_prop = d.event("proposed", COMMIT, sent=34, args=[
    A("topic", "The Museum of Flight", sent=34, head="Museum", cluster="Museum of Flight"),
], plover="AGREE", note="V17a proposal, V12, V16 commitment row, G7, K9")
e_build = d.event("build", "manufacture.artifact.build", sent=34, args=[
    A("manufacturer", "The Museum of Flight", sent=34, head="Museum", cluster="Museum of Flight"),
    A("artifact", "a new building", sent=34),
    A("place", "Seattle", sent=34),
], note="V18 building, V9d, V9f, G6, K9")
# s35
e_stat35 = d.event("statement", MEDIA, sent=35, args=[
    A("communicator", "Governor of Washington Chris Gregoire", sent=35, head="Gregoire", cluster="Chris Gregoire"),
], note="V17b, V9h, K9")
e_land = d.event("landing", GIFT, sent=35, args=[
    A("recipient", "The Museum of Flight", sent=35, head="Museum", cluster="Museum of Flight"),
    A("place", "the Pacific Northwest", sent=35, head="Northwest", cluster="Pacific Northwest"),
    A("giver", "NASA", sent=37),
], modality="other",
    note="V14 attempt (put effort into), K10 a retired shuttle non-specific: no artifact, V9f, V9i, K9")
# s36
e_transp = d.event("transported", "movement.transportartifact.unspecified", sent=36, args=[
    A("vehicle", "the 747", sent=36, head="747", cluster="747"),
    A("artifact", "shuttles", sent=36),
], note="V1 habitual, V9e, K9")
# s38 caption
e_journey = d.event("journey", SELF, sent=38, args=[
    A("vehicle", "Endeavour", sent=38),
    A("vehicle", "Atlantis", sent=38),
    A("origin", "their respective launchpads", sent=38, head="launchpads"),
], modality="other", note="G2 caption, V4 await, V14 future, V9h, G6 split, uncovered: spaceflight as selfmotion")
# s41
e_climb = d.event("climb", SELF, sent=41, args=[
    A("destination", "the trainer", sent=41, cluster="full fuselage trainer"),
], modality="other", note="V14 modal of possibility (allow), K10 generic visitors fill no role, K3")
# s42
e_allow = d.event("allowed", "movement.transportperson.grantentryasylum", sent=42, args=[
    A("destination", "the other shuttles", sent=42, head="shuttles"),
], polarity="negative", modality="other", note="V13, V14 negated future, K10 generic Visitors, K7")
# s44 pull quote
e_ann44 = d.event("announcement", COMMIT, sent=44, args=[],
                  note="G2 pull quote, G3 copy of s32, V9 pull-quote-internal, V17a")
# s46
e_given46 = d.event("given", GIFT, sent=46, args=[
    A("artifact", "various shuttle simulators", sent=46, head="simulators"),
    A("recipient", "the Adler Planetarium", sent=46, head="Planetarium", cluster="Adler Planetarium"),
    A("recipient", "the Evergreen Aviation & Space Museum of McMinnville, Oregon", sent=46, head="Museum",
      cluster="Evergreen Aviation & Space Museum"),
    A("recipient", "Texas A&M's Aerospace Engineering Department", sent=46, head="Department",
      cluster="Aerospace Engineering Department"),
    A("giver", "NASA", sent=48),
], modality="other", note="V9e, V9i, G6 of-phrase inside, coordination split, V14 will, K9")
# s48
e_offer = d.event("offering", COMMIT, sent=48, args=[
    A("communicator", "NASA", sent=48),
    A("recipient", "schools", sent=48),
    A("recipient", "universities", sent=48),
    A("topic", "shuttle heat shield tiles", sent=48, head="tiles"),
], plover="AGREE", note="V17a offer, V12, V16, G6 relative clause outside")
# s49
e_flight49 = d.event("flight", SELF, sent=49, args=[
    A("transporter", "Yuri Gagarin", sent=49),
    A("vehicle", "Vostok 1", sent=49),
    A("destination", "space", sent=49, n=1, cluster="outer space"),
], note="V9b, V9h, K3, uncovered: spaceflight as selfmotion")
e_lift49 = d.event("lifted", SELF, sent=49, args=[
    A("transporter", "Yuri Gagarin", sent=49),
    A("vehicle", "Vostok 1", sent=49),
    A("destination", "space", sent=49, n=2, cluster="outer space"),
], note="V3, V9a, person lifting off aboard a vehicle: selfmotion (uncovered)")

corefs = [
    (e_launch2, e_launch0), (e_launch4, e_launch0), (e_lift5, e_launch0), (e_lift12, e_launch0),
    (e_ann2, e_ann0), (e_ann7, e_ann0), (e_ann32, e_ann0), (e_ann44, e_ann0),
    (e_disint, e_lost16), (e_stat31, e_stat28),
]

# ============================ STANCES ============================
F = d.fact
for ev in [e_launch0, e_ann0, e_ann2, e_launch2, e_launch4, e_lift5, e_ann7, e_remove, e_lift12,
           e_lost16, e_disint, e_reentry, e_kill16, e_lost17, e_expl, e_liftoff, e_kill17,
           e_lift25, e_stat28, e_stat31, e_prop, e_build, e_stat35, e_offer, e_flight49, e_lift49]:
    F(ev, "CT+", note="ST3, ST4, ST7 author cue = trigger")
for ev in [e_reloc, e_launch14, e_sent14, e_flight15, e_launches15, e_recv, e_journey, e_given46]:
    F(ev, "PR+", note="ST3, ST4 will/would/scheduled")
F(e_given7, "Uu", note="ST4 announced as a plan, ST3, H56 analog (announced own action: attitude cue, not SIP)")
d.attitude(d.holder("NASA Administrator Charles Bolden", sent=7, cluster="Charles Bolden"), e_given7, "FAVOR",
           cue=d.span("announced", sent=7), note="ST5 announced + own action, ST6, K9")

# s18-21 Bolden quote
bolden = d.holder("Bolden", sent=18)
F(e_expr, "CT+", holder=bolden, cue=d.span("said", sent=18), note="ST2, ST6 inverted attribution, ST7")

# s31-32 Cornyn statement
F(e_ann32, "CT+", holder=d.holder("Cornyn's statement", sent=31), cue=d.span("added", sent=31),
  note="ST2, ST6, K9 statement is not Cornyn: no entity, no cluster (H63 analog)")
# s44-45 pull quote
F(e_ann44, "CT+", holder=d.holder("John Cornyn", sent=45), cue=d.span("John Cornyn", sent=45),
  note="ST2 pull quote attributed without a verb, G3")

# s35-37, s40-43 Gregoire quote
greg = lambda: d.holder("Governor of Washington Chris Gregoire", sent=35, cluster="Chris Gregoire")
said35 = d.span("said", sent=35)
F(e_land, "Uu", holder=greg(), cue=said35, note="ST2, ST4 tried, ST6, K9")
F(e_transp, "CT+", holder=greg(), cue=said35, note="ST2 direct quotation (supplement rule only for indirect speech)")
F(e_climb, "PS+", holder=greg(), cue=said35,
  note="ST2 quotation paragraph continuing (caption skipped), ST4, uncovered: 'will allow X to' read as possibility")
F(e_allow, "PR-", holder=greg(), cue=said35, note="ST2 continuing quotation, ST4 will not")

rec = k9helper.save(d, corefs)
