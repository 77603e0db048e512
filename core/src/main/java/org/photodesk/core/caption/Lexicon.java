package org.photodesk.core.caption;

import java.util.Set;

/** Word lists the caption parser and checks share: titles, demonyms, roles, keywords of venues, events and groups. */
final class Lexicon {

    private Lexicon() {}

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Titles dropped in front of a person's name ("IOC President Thomas Bach" gives "Thomas Bach"). */
    static final Set<String> TITLES = set("President", "Vice", "Prime", "Minister", "Foreign", "Defence",
            "Defense", "Secretary", "General", "Chancellor", "Senator", "Sen", "Rep", "Representative", "Gov",
            "Governor", "Mayor", "Coach", "Captain", "Judge", "Justice", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord",
            "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Professor", "Chief", "Executive", "CEO", "Director",
            "Manager", "Head", "Leader", "Speaker", "Ambassador", "Commissioner", "Chairman", "Chairwoman", "Chair",
            "Interior", "Finance", "Sports", "Culture", "Health", "Opposition", "Democratic", "Republican",
            "Presidential", "President-elect", "Candidate", "Nominee", "Former", "Late", "IOC", "UN", "NATO", "EU", "FIFA", "UEFA", "US",
            "U.S.", "Olympic", "Paralympic", "Champion", "Actor", "Actress", "Singer", "Rapper", "Artist", "Swimmer",
            "Player", "Cyclist", "Skateboarder", "Gymnast", "Sprinter", "Boxer", "Golfer", "Driver", "Pilot",
            "Chef", "Designer", "Model", "Director-General", "Archbishop", "Bishop", "Cardinal", "Rev", "Father",
            "Sister", "Brother", "Officer", "Sergeant", "Colonel", "Major", "Private", "Corporal", "Admiral",
            "Marshal", "Premier", "State", "Deputy", "Acting", "Party", "First", "Crown", "Mission", "Impossible",
            "Team", "Club", "Emir", "Sheikh", "Sultan", "Queen's", "Women's", "Men's", "His", "Her");
    /** Role nouns written with a capital at the start of a caption, in front of a name ("Referee Thomas Bramall"). */
    static final Set<String> LEADING_ROLES = set("Patient", "Photographer", "Neighbors", "Neighbor", "Neighbours",
            "Neighbour", "Referee", "Nurse", "Rescuer", "Priest", "Engineer", "Firefighter", "Soldier", "Pilgrim",
            "Survivor", "Resident", "Farmer", "Fisherman", "Teacher", "Doctor", "Activist", "Volunteer", "Worker",
            "Student", "Vendor", "Monk", "Nun", "Imam", "Rabbi", "Pastor", "Astronaut", "Veteran", "Mourner",
            "Fan", "Supporter", "Protester", "Demonstrator", "Migrant", "Refugee", "Journalist", "Reporter",
            "Musician", "Dancer", "Performer", "Comedian", "Goalkeeper", "Defender", "Striker", "Midfielder",
            "Jockey", "Trainer", "Skier", "Snowboarder", "Surfer", "Climber", "Runner", "Boxer", "Wrestler",
            "Rider", "Officer", "Trooper", "Agent", "Lawmaker", "Candidate", "Hindu", "Muslim", "Christian",
            "Jewish", "Buddhist", "Catholic", "Orthodox", "Sikh", "Rohingya", "Reuters", "AP", "Photojournalist",
            "CalFire", "Nurses", "Rescuers");

    /** Titles kept as part of a name ("King Charles III", "Pope Francis"). */
    static final Set<String> ROYAL = set("King", "Queen", "Prince", "Princess", "Pope", "Duke", "Duchess", "Emperor",
            "Empress", "Grand");
    /** Nationality adjectives. */
    static final Set<String> DEMONYMS = set("French", "British", "English", "Scottish", "Welsh", "Irish", "German",
            "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Norwegian",
            "Danish", "Finnish", "Polish", "Czech", "Hungarian", "Romanian", "Greek", "Turkish", "Ukrainian", "Russian",
            "American", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian", "Colombian", "Chilean",
            "Peruvian", "Cuban", "Jamaican", "Chinese", "Japanese", "Korean", "South", "North", "Indian", "Pakistani",
            "Indonesian", "Australian", "Kenyan", "Ethiopian", "Nigerian", "Egyptian", "Moroccan", "Israeli",
            "Palestinian", "Lebanese", "Syrian", "Iranian", "Iraqi", "Saudi", "Afghan", "Serbian", "Croatian",
            "Slovenian", "Georgian", "Belarusian", "Taiwanese", "Thai", "Vietnamese", "Filipino", "New", "Zealand",
            "Zealander", "Ugandan", "Ghanaian", "Senegalese", "Algerian", "Tunisian", "Venezuelan", "Ecuadorian",
            "Emirati", "Qatari", "Hong", "Kong", "Great", "Britain");
    /** Lower-case role nouns that introduce a single-word name ("singer Angèle", "band Phoenix"). */
    static final Set<String> ROLES = set("singer", "rapper", "artist", "musician", "band", "group", "duo", "trio",
            "dj", "DJ", "footballer", "player", "actor", "actress", "model", "designer", "chef", "performer",
            "producer", "composer", "pianist", "guitarist", "drummer", "star", "striker", "goalkeeper", "midfielder",
            "defender", "forward", "swimmer", "gymnast", "pop", "icon", "presenter", "comedian", "dancer", "skater",
            "skateboarder", "cyclist", "superstar", "legend", "songwriter", "son", "daughter", "sons", "daughters", "wife",
            "husband", "mother", "father", "brother", "sister", "priest", "boyfriend", "girlfriend", "grandson",
            "granddaughter", "nephew", "niece", "baby", "teammate");
    /** Verbs that follow a single-word name at the start of a caption ("Angèle performs"). */
    static final Set<String> SUBJECT_VERBS = set("performs", "sings", "plays", "reacts", "celebrates", "waves",
            "poses", "arrives", "speaks", "smiles", "dances", "gestures", "attends", "leaves", "walks", "competes",
            "wins", "greets", "delivers", "addresses", "watches", "holds", "carries", "is", "was", "looks", "takes",
            "jumps", "dives", "runs", "shouts", "cries", "hugs", "kisses", "appears", "rides", "raps");
    /** Words that make a capitalised run a venue. */
    static final Set<String> VENUE_WORDS = set("Stade", "Stadium", "Arena", "Centre", "Center", "Park", "Garden",
            "Gardens", "Hall", "Palace", "Palais", "Square", "Cathedral", "Church", "Museum", "Court", "Field",
            "Theatre", "Theater", "Dome", "Velodrome", "Circuit", "Speedway", "Tower", "Bridge", "Airport", "Station",
            "House", "Pool", "Club", "Forum", "Gallery", "Abbey", "Basilica", "Mosque", "Temple", "Castle", "Chateau",
            "Château", "Boulevard", "Avenue", "Street", "Plaza", "Place", "Pavilion", "Coliseum", "Colosseum", "Ground",
            "Grounds", "Oval", "Beach", "Marina", "Trocadero", "Invalides", "Bercy", "Hotel", "Parliament", "Capitol",
            "Quay", "Port", "Racecourse", "Fountain", "Arc", "Olympiastadion", "Bundestag", "Markt",
            "Plein", "Platz", "Straat", "Strasse", "Piazza", "Plaza", "Rambla", "Zocalo", "Superdome", "Wembley", "Anfield", "Elysee", "Élysée", "Kremlin", "Vatican", "Rink");
    /** Words that make a capitalised run an event. */
    static final Set<String> EVENT_WORDS = set("Olympics", "Olympic", "Paralympics", "Paralympic", "Games", "Cup",
            "Championships", "Championship", "Open", "Festival", "Prix", "Summit", "Marathon", "League", "Awards",
            "Week", "Expo", "Carnival", "Biennale", "Bowl", "Series", "Masters", "Derby", "Regatta", "Rally", "Parade",
            "Pride", "Oscars", "Grammys", "Contest", "Tour", "Gala", "Convention", "Conference", "Jubilee",
            "Coronation", "Euro", "Classic", "Eurovision", "Tournament", "Slam", "Vuelta",
            "Giro", "Fair", "Show", "Wimbledon", "EURO", "COP28", "COP29", "Oktoberfest", "Coachella", "Glastonbury",
            "Hajj", "Ramadan", "Diwali");
    /** Words that make a capitalised run an organisation, team or party rather than a person. */
    static final Set<String> GROUP_WORDS = set("Party", "United", "City", "FC", "Club", "Association", "Ministry",
            "Council", "Union", "Committee", "Team", "Democrats", "Republicans", "Labour", "Conservatives", "Army",
            "Police", "Force", "Forces", "Navy", "Guard", "Government", "Company", "Corporation", "Inc", "Group",
            "Federation", "Olympics", "Athletic", "Athletics", "Rovers", "Wanderers", "Saint-Germain", "Real",
            "Bayern", "Inter", "Juventus", "Lakers", "Celtics", "Warriors", "Knicks", "Yankees", "Dodgers", "Red",
            "Sox", "Bulls", "Giants", "Eagles", "Chiefs", "Patriots", "Hotspur", "Villa", "Albion", "Republic",
            "Kingdom", "Emirates", "States", "Nations", "Festival", "Ceremony", "Opening", "Closing", "Summer",
            "Winter", "Grand", "Prix", "Final", "Semifinal", "Quarterfinal", "Gold", "Silver", "Bronze", "Medal",
            "Day", "Night", "Eve", "Mass", "Service", "Office", "Press", "News", "Times", "Post", "Agency", "Airlines",
            "Airways", "Bank", "University", "School", "College", "Hospital", "Court", "Tribunal", "Senate",
            "Congress", "Assembly", "Parliament", "Brigade", "Battalion", "Guards", "Front", "Movement", "Alliance",
            "Church", "Tigers", "Lions", "Bears", "Rams", "Jets", "Mets", "Cubs", "Heat", "Nets", "Suns", "Kings",
            "Queens", "Royals", "Stars", "Blues", "Reds", "Olympique", "Racing", "Sporting", "Borussia", "Atletico",
            "Ajax", "PSV", "Feyenoord", "Benfica", "Porto", "Celtic", "Rangers", "Arsenal", "Chelsea", "Liverpool",
            "Barcelona", "Madrid", "Milan", "Napoli", "Roma", "Lazio", "Everton", "Tottenham", "Newcastle", "Mission",
            "Impossible", "Image", "Images", "Photo", "Pool", "Handout", "Wire", "Getty", "Reuters", "Press",
            "Minister", "President", "Ceremonies", "Summer", "Olympic", "Paralympic", "Pavilion", "Airport", "Strip", "Mount",
            "National", "Alps", "Soccer", "Football", "Lawn", "Tennis", "Fountain", "Sea", "River", "Lake", "Valley",
            "Island", "Islands", "Mountains", "Desert", "Bay", "Coast", "Sussex");
    /** Capitalised words that start sentences but are not names. */
    static final Set<String> COMMON = set("The", "A", "An", "In", "At", "On", "During", "After", "Before", "As",
            "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "Members", "People", "Fans",
            "Supporters", "Athletes", "Spectators", "Performers", "Artists", "Police", "Rescuers", "Firefighters",
            "Soldiers", "Protesters", "Demonstrators", "Residents", "Visitors", "Tourists", "Children", "Students",
            "Workers", "Volunteers", "Participants", "Women", "Men", "Players", "Officials", "Delegates", "Pilgrims",
            "Mourners", "Voters", "Journalists", "Photographers", "Dancers", "Models", "Guests", "Riders", "Runners",
            "Swimmers", "Cyclists", "Smoke", "Fireworks", "Rain", "Snow", "Water", "Flames", "Fire", "Light",
            "Lights", "View", "General", "Aerial", "Detail", "Picture", "Photo", "Image", "File", "Handout", "From",
            "With", "For", "Of", "And", "Or", "But", "Wearing", "Holding", "Team", "Firefighter", "Rescuer", "Soldier",
            "Protester", "Demonstrator", "Resident", "Visitor", "Tourist", "Child", "Student", "Worker", "Volunteer",
            "Participant", "Woman", "Man", "Boy", "Girl", "Player", "Official", "Someone", "Police", "Medics", "Sunset",
            "Sunrise", "Dawn", "Dusk", "Left", "Right", "Center", "Centre", "Top", "Bottom", "Front", "Back",
            "Australia", "France", "Here", "There", "It", "He", "She", "They", "We", "I", "You", "Olympic", "Summer",
            "Winter", "Games", "Ceremony", "Closing", "Opening", "Paris", "Los", "Angeles", "Day", "Night", "Stage",
            "Crowds", "Crowd", "Audience", "Musicians", "Singers", "Drummers", "Dancer", "Musician", "Singer",
            "Drummer", "Athlete", "Spectator", "Performer", "Artist", "Gold", "Silver", "Bronze", "Medallists",
            "Medalists", "Winner", "Winners", "Revellers", "Worshippers", "Shoppers", "Commuters", "Passengers",
            "Refugees", "Migrants", "Troops", "Officers", "Lawmakers", "Leaders", "Ministers", "Rescue", "Emergency",
            "Security", "Ukrainian", "Russian", "Israeli", "Palestinian");
}
