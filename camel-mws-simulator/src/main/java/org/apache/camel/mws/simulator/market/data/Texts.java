package org.apache.camel.mws.simulator.market.data;

import java.util.Map;

/**
 * Word lists from which product titles, buyer names and addresses are composed. Product words are aligned across
 * languages (same index, same meaning) so a listing reads the same product in every marketplace. The lists
 * deliberately carry characters clients got wrong for years: umlauts and sharp s, Japanese, {@code &} and
 * apostrophes.
 */
final class Texts {

    private Texts() {
    }

    // columns: en, de, fr, it, es, ja
    static final String[][] PRODUCTS = {
            { "Coffee Grinder", "Kaffeemühle", "Moulin à café", "Macinacaffè", "Molinillo de café", "コーヒーミル" },
            { "Water Bottle", "Trinkflasche", "Gourde", "Borraccia", "Botella de agua", "水筒" },
            { "Desk Lamp", "Schreibtischlampe", "Lampe de bureau", "Lampada da scrivania", "Lámpara de escritorio",
                    "デスクライト" },
            { "Backpack", "Rucksack", "Sac à dos", "Zaino", "Mochila", "リュックサック" },
            { "Kitchen Knife", "Küchenmesser", "Couteau de cuisine", "Coltello da cucina", "Cuchillo de cocina", "包丁" },
            { "Headphones", "Kopfhörer", "Casque audio", "Cuffie", "Auriculares", "ヘッドホン" },
            { "Electric Kettle", "Wasserkocher", "Bouilloire électrique", "Bollitore elettrico", "Hervidor eléctrico",
                    "電気ケトル" },
            { "Yoga Mat", "Yogamatte", "Tapis de yoga", "Tappetino yoga", "Esterilla de yoga", "ヨガマット" },
            { "Phone Case", "Handyhülle", "Coque de téléphone", "Custodia per telefono", "Funda para móvil",
                    "スマホケース" },
            { "Garden Hose", "Gartenschlauch", "Tuyau d'arrosage", "Tubo da giardino", "Manguera de jardín",
                    "ガーデンホース" },
            { "Bath Towel", "Badetuch", "Serviette de bain", "Telo bagno", "Toalla de baño", "バスタオル" },
            { "Notebook", "Notizbuch", "Carnet", "Quaderno", "Cuaderno", "ノート" },
            { "Cast Iron Pan", "Gusseisenpfanne", "Poêle en fonte", "Padella in ghisa", "Sartén de hierro fundido",
                    "鉄フライパン" },
            { "Wool Socks", "Wollsocken", "Chaussettes en laine", "Calzini di lana", "Calcetines de lana", "ウール靴下" },
            { "Board Game", "Brettspiel", "Jeu de société", "Gioco da tavolo", "Juego de mesa", "ボードゲーム" },
            { "Tea Set", "Teeservice", "Service à thé", "Servizio da tè", "Juego de té", "茶器セット" },
    };

    static final String[][] QUALITIES = {
            { "Stainless Steel", "aus Edelstahl", "en acier inoxydable", "in acciaio inox", "de acero inoxidable",
                    "ステンレス製" },
            { "Bamboo", "aus Bambus", "en bambou", "in bambù", "de bambú", "竹製" },
            { "Compact", "kompakt", "compact", "compatto", "compacto", "コンパクト" },
            { "Waterproof", "wasserdicht", "étanche", "impermeabile", "impermeable", "防水" },
            { "Ergonomic", "ergonomisch", "ergonomique", "ergonomico", "ergonómico", "人間工学" },
            { "Extra Large", "übergroß", "très grand", "extra large", "extragrande", "特大" },
    };

    static final String[][] COLOURS = {
            { "Black", "Schwarz", "Noir", "Nero", "Negro", "ブラック" },
            { "White", "Weiß", "Blanc", "Bianco", "Blanco", "ホワイト" },
            { "Green", "Grün", "Vert", "Verde", "Verde", "グリーン" },
            { "Red", "Rot", "Rouge", "Rosso", "Rojo", "レッド" },
            { "Blue", "Blau", "Bleu", "Blu", "Azul", "ブルー" },
    };

    static final String[] SIZES = { "S", "M", "L", "XL" };

    static final String[] SIZE_WORD = { "Size", "Größe", "taille", "taglia", "talla", "サイズ" };

    static final String[][] BRANDS = {
            { "Northwind", "Acme Home", "Harbor & Pine", "O'Malley Goods" },
            { "Müller & Söhne", "Bärenstark", "Schöne Küche", "Grünwald" },
            { "Maison Élégance", "Côté Sud", "Frères & Cie", "Brève" },
            { "Casa Bella", "Fratelli & Co", "Città Viva", "Però" },
            { "Hogar Feliz", "Niño & Niña", "Sol y Sombra", "Año Nuevo" },
            { "山田商店", "さくら工房", "富士ホーム", "匠の技" },
    };

    static int languageIndex(String language) {
        return switch (language) {
            case "de" -> 1;
            case "fr" -> 2;
            case "it" -> 3;
            case "es" -> 4;
            case "ja" -> 5;
            default -> 0;
        };
    }

    /** Buyer names and addresses of one country. */
    record Country(String[] firstNames, String[] lastNames, boolean familyNameFirst, String[] streets,
            boolean numberAfterStreet, String[][] cities, String[] secondLines, String phonePrefix) {
    }

    private static final Country US = new Country(
            new String[] { "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "Zoë",
                    "René" },
            new String[] { "Smith", "Johnson", "Williams", "Brown", "O'Brien", "Garcia", "Miller", "Davis",
                    "Nguyen", "Martínez" },
            false,
            new String[] { "Main St", "Oak Ave", "Pine St", "Maple Dr", "Cedar Ln", "Lakeview Blvd" },
            false,
            new String[][] { { "Seattle", "WA", "98101" }, { "Portland", "OR", "97201" }, { "Austin", "TX", "73301" },
                    { "New York", "NY", "10001" }, { "Chicago", "IL", "60601" }, { "Denver", "CO", "80202" },
                    { "Boston", "MA", "02108" }, { "Miami", "FL", "33101" } },
            new String[] { "Apt 4B", "Suite 210", "Unit 7" },
            "+1 206-555-");

    private static final Country DE = new Country(
            new String[] { "Jürgen", "Günther", "Björn", "Jörg", "Anna", "Sören", "Lena", "Käthe", "Ute", "Max" },
            new String[] { "Müller", "Schröder", "Schäfer", "Krämer", "Weiß", "Groß", "Köhler", "Fuchs", "Bäcker",
                    "Schmidt" },
            false,
            new String[] { "Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schloßallee", "Mühlenstraße",
                    "Königsallee" },
            true,
            new String[][] { { "München", "Bayern", "80331" }, { "Köln", "Nordrhein-Westfalen", "50667" },
                    { "Düsseldorf", "Nordrhein-Westfalen", "40213" }, { "Nürnberg", "Bayern", "90402" },
                    { "Berlin", "Berlin", "10115" }, { "Hamburg", "Hamburg", "20095" },
                    { "Lübeck", "Schleswig-Holstein", "23552" }, { "Göttingen", "Niedersachsen", "37073" } },
            new String[] { "c/o Schäfer", "Hinterhaus", "3. OG" },
            "+49 30 555");

    private static final Country FR = new Country(
            new String[] { "Amélie", "François", "Hélène", "Jérôme", "Léa", "Noël", "Céline", "Benoît" },
            new String[] { "Lefèvre", "Dubois", "Moreau", "Girard", "Bérenger", "Fontaine", "Rousseau", "Gauthier" },
            false,
            new String[] { "rue de la Paix", "avenue des Champs-Élysées", "boulevard Saint-Michel", "rue Lepic" },
            false,
            new String[][] { { "Paris", "Île-de-France", "75008" }, { "Lyon", "Auvergne-Rhône-Alpes", "69002" },
                    { "Besançon", "Bourgogne-Franche-Comté", "25000" }, { "Nîmes", "Occitanie", "30000" } },
            new String[] { "Bâtiment B", "Appartement 12" },
            "+33 1 55 ");

    private static final Country IT = new Country(
            new String[] { "Niccolò", "Giulia", "Nicolò", "Lucía", "Marco", "Chiara", "Andrea", "Sofia" },
            new String[] { "Rossi", "Bianchi", "D'Angelo", "Esposito", "Romano", "Colombo", "Ricci", "Marino" },
            false,
            new String[] { "Via Roma", "Corso Vittorio Emanuele", "Via Garibaldi", "Piazza Navona" },
            false,
            new String[][] { { "Milano", "MI", "20121" }, { "Roma", "RM", "00184" }, { "Forlì", "FC", "47121" },
                    { "Cantù", "CO", "22063" } },
            new String[] { "Scala B", "Interno 5" },
            "+39 02 555");

    private static final Country ES = new Country(
            new String[] { "José", "María", "Jesús", "Inés", "Álvaro", "Lucía", "Begoña", "Íñigo" },
            new String[] { "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Muñoz", "Peña" },
            false,
            new String[] { "Calle Mayor", "Avenida de la Constitución", "Calle Alcalá", "Paseo de Gràcia" },
            false,
            new String[][] { { "Madrid", "Madrid", "28013" }, { "Barcelona", "Barcelona", "08007" },
                    { "Málaga", "Málaga", "29015" }, { "Cádiz", "Cádiz", "11005" } },
            new String[] { "3º izquierda", "Bajo B" },
            "+34 91 555");

    private static final Country GB = new Country(
            new String[] { "Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Siobhán", "Seán" },
            new String[] { "Smith", "Jones", "Taylor", "O'Connor", "Evans", "Wilson", "Thomas", "Roberts" },
            false,
            new String[] { "High Street", "Station Road", "Church Lane", "Victoria Road" },
            false,
            new String[][] { { "London", "Greater London", "SW1A 1AA" }, { "Manchester", "Greater Manchester",
                    "M1 1AE" }, { "Leeds", "West Yorkshire", "LS1 4AP" }, { "Bristol", "Bristol", "BS1 5TR" } },
            new String[] { "Flat 3", "Unit 12" },
            "+44 20 7946 ");

    private static final Country JP = new Country(
            new String[] { "太郎", "花子", "一郎", "美咲", "健", "さくら", "翔太", "陽菜" },
            new String[] { "山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村" },
            true,
            new String[] { "丸の内", "梅田", "烏丸通", "大通西", "博多駅前", "栄" },
            true,
            new String[][] { { "千代田区", "東京都", "100-0005" }, { "大阪市北区", "大阪府", "530-0001" },
                    { "京都市中京区", "京都府", "604-8006" }, { "札幌市中央区", "北海道", "060-0042" },
                    { "福岡市博多区", "福岡県", "812-0011" }, { "名古屋市中区", "愛知県", "460-0008" } },
            new String[] { "さくらマンション101", "富士ビル3階", "コーポ山田202" },
            "03-5555-");

    private static final Map<String, Country> COUNTRIES = Map.of("US", US, "DE", DE, "FR", FR, "IT", IT, "ES", ES,
            "GB", GB, "JP", JP);

    /** Name and address material for a country; English-speaking material (with that country code) otherwise. */
    static Country country(String countryCode) {
        return COUNTRIES.getOrDefault(countryCode, US);
    }
}
