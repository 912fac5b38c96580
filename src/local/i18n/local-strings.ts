import { bilingual } from '../../core/i18n/bilingual';
import { translator } from './translator';

const NBSP = '\u00a0';

/**
 * The strings of the local tools that run in Node: the `sheets-pipeline` command (usage,
 * its errors, what it prints) and the preview server's messages. The preview page's strings
 * are in page-strings.ts, bundled into the page alone; neither table is in dist/Code.js or
 * the sidebar. Each entry: [English, French]; `{name}` placeholders; French with no-break
 * spaces (U+00A0) before « : ; ? ! » and inside guillemets. Errors are one line: the command
 * prints them after `sheets-pipeline: `.
 */
export const LOCAL_STRINGS = bilingual({
  'cli.usage': [
    `Usage:
  sheets-pipeline preview [--port N] [--workbook FILE] [--locale en|fr] [--data LEADS]
      Opens the local preview (default port: $PORT or 8080; workbook: ./pipeline.xlsx).
      --locale sets the language of the menus, the sidebar, the page and the demo data.
      --data imports a leads file (.csv, .tsv, .txt, .xlsx) as the workbook, saved as
      LEADS-NAME.pipeline.xlsx unless --workbook says otherwise; a workbook already there is
      first copied to NAME.before-import-TIME.xlsx.
  sheets-pipeline report INPUT -o OUTPUT.xlsx [--locale en|fr] [--time-zone ZONE] [--quiet]
      Turns a leads file (.csv from Sheets, Excel, Salesforce, HubSpot, Pipedrive..., or .xlsx)
      into a pipeline workbook: Pipeline (with its Stage dropdown), Pipeline Settings, Stage
      History, Conversion, Forecast and an Import report listing every problem found; prints
      the deals, win rate and weighted pipeline. --locale sets the language and the
      spreadsheet locale (en: en_US, fr: fr_FR) used to read numbers and dates; --time-zone
      the spreadsheet's time zone (default: this computer's); --quiet hides progress.
  Messages are in the language of --locale when it is given, else of LC_ALL, LC_MESSAGES or
  LANG (fr...: French), else in English.`,
    `Utilisation${NBSP}:
  sheets-pipeline preview [--port N] [--workbook FICHIER] [--locale en|fr] [--data PROSPECTS]
      Ouvre l’aperçu local (port par défaut${NBSP}: $PORT ou 8080${NBSP}; classeur${NBSP}: ./pipeline.xlsx).
      --locale choisit la langue des menus, du panneau, de la page et des données de démonstration.
      --data importe un fichier de prospects (.csv, .tsv, .txt, .xlsx) comme classeur,
      enregistré sous NOM-PROSPECTS.pipeline.xlsx sauf si --workbook en décide autrement${NBSP};
      un classeur déjà présent est d’abord copié sous NOM.before-import-HORODATAGE.xlsx.
  sheets-pipeline report ENTRÉE -o SORTIE.xlsx [--locale en|fr] [--time-zone FUSEAU] [--quiet]
      Transforme un fichier de prospects (.csv de Sheets, Excel, Salesforce, HubSpot, Pipedrive…,
      ou .xlsx) en classeur de pipeline${NBSP}: Pipeline (avec sa liste déroulante Étape), Paramètres
      du pipeline, Historique des étapes, Conversion, Prévisions et un Rapport d'import qui liste
      chaque problème trouvé${NBSP}; affiche les affaires, le taux de réussite et le pipeline pondéré.
      --locale choisit la langue et les paramètres régionaux du classeur (en${NBSP}: en_US, fr${NBSP}: fr_FR)
      selon lesquels les nombres et les dates sont lus${NBSP}; --time-zone le fuseau horaire du
      classeur (par défaut${NBSP}: celui de cet ordinateur)${NBSP}; --quiet masque la progression.
  Les messages sont dans la langue de --locale s’il est donné, sinon de LC_ALL, LC_MESSAGES ou
  LANG (fr…${NBSP}: français), sinon en anglais.`,
  ],
  'cli.needsValue': [
    '{option} needs a value',
    `{option} attend une valeur`,
  ],
  'cli.badLocale': [
    '--locale must be en or fr, not "{value}"',
    `--locale doit valoir en ou fr, pas «${NBSP}{value}${NBSP}»`,
  ],
  'cli.unknownOption': [
    'Unknown option "{option}"',
    `Option inconnue «${NBSP}{option}${NBSP}»`,
  ],
  'cli.unknownCommand': [
    'Unknown command "{command}" (commands: preview, report; see sheets-pipeline --help)',
    `Commande inconnue «${NBSP}{command}${NBSP}» (commandes${NBSP}: preview, report${NBSP}; voir sheets-pipeline --help)`,
  ],
  'cli.badPort': [
    '{source} must be a port number from 0 to 65535, not "{value}"',
    `{source} doit être un numéro de port de 0 à 65535, pas «${NBSP}{value}${NBSP}»`,
  ],
  'cli.badTimeZone': [
    '--time-zone must be an IANA time zone such as Europe/Paris or America/New_York, not "{value}"',
    `--time-zone doit être un fuseau horaire IANA comme Europe/Paris ou America/New_York, pas «${NBSP}{value}${NBSP}»`,
  ],
  'cli.dataOverwritten': [
    '--workbook "{file}" would overwrite the --data file: choose another file name',
    `--workbook «${NBSP}{file}${NBSP}» écraserait le fichier de --data${NBSP}: choisissez un autre nom de fichier`,
  ],
  'cli.noInput': [
    'report needs an input file: sheets-pipeline report INPUT -o OUTPUT.xlsx',
    `report attend un fichier d’entrée${NBSP}: sheets-pipeline report ENTRÉE -o SORTIE.xlsx`,
  ],
  'cli.oneInput': [
    'One input file only (got "{first}" and "{second}")',
    `Un seul fichier d’entrée (reçu «${NBSP}{first}${NBSP}» et «${NBSP}{second}${NBSP}»)`,
  ],
  'cli.noOutput': [
    'report needs an output workbook: -o OUTPUT.xlsx',
    `report attend un classeur de sortie${NBSP}: -o SORTIE.xlsx`,
  ],
  'cli.outputNotXlsx': [
    'the output must be an .xlsx workbook, not "{file}"',
    `la sortie doit être un classeur .xlsx, pas «${NBSP}{file}${NBSP}»`,
  ],
  'cli.outputIsInput': [
    'the output "{file}" would overwrite the input: choose another file name',
    `la sortie «${NBSP}{file}${NBSP}» écraserait le fichier d’entrée${NBSP}: choisissez un autre nom de fichier`,
  ],
  'cli.notBuilt': [
    '{file} is missing: run "npm run build" first',
    `{file} est introuvable${NBSP}: lancez d’abord «${NBSP}npm run build${NBSP}»`,
  ],
  'cli.cannotWrite': [
    'Cannot write "{file}": {reason}',
    `Impossible d’écrire «${NBSP}{file}${NBSP}»${NBSP}: {reason}`,
  ],
  'cli.saveOnExitFailed': [
    'could not save on exit: {reason}',
    `impossible d’enregistrer le classeur à l’arrêt${NBSP}: {reason}`,
  ],
  'preview.started': [
    'Sheets Pipeline preview: {url}  (workbook: {file}; Ctrl+C to stop)',
    `Aperçu de Sheets Pipeline${NBSP}: {url}  (classeur${NBSP}: {file}${NBSP}; Ctrl+C pour arrêter)`,
  ],
  'preview.imported': [
    'Imported {file}: {deals}, {problems}.',
    `{file} importé${NBSP}: {deals}, {problems}.`,
  ],
  'preview.deals': [
    '{count} {count:deal|deals}',
    '{count} {count:affaire|affaires}',
  ],
  'preview.problems': [
    '{count} {count:problem|problems} listed in the "{sheet}" sheet',
    `{count} {count:problème listé|problèmes listés} dans la feuille «${NBSP}{sheet}${NBSP}»`,
  ],
  'preview.backup': [
    'The workbook that was at that path is kept as {file}.',
    'Le classeur qui se trouvait à cet emplacement est conservé sous {file}.',
  ],
  'preview.portInUse': [
    'Port {port} is already in use: stop the other program or choose another port with --port N',
    `Le port {port} est déjà utilisé${NBSP}: arrêtez l’autre programme ou choisissez un autre port avec --port N`,
  ],
  'preview.portNeedsPrivileges': [
    'Port {port} needs privileges: choose a port above 1024 with --port N',
    `Le port {port} demande des privilèges${NBSP}: choisissez un port au-dessus de 1024 avec --port N`,
  ],
  'preview.fileTooLarge': [
    'The file is larger than 50 MB',
    'Le fichier dépasse 50 Mo',
  ],
  'preview.noExtension': [
    'Cannot import "{file}": the file name has no extension (.csv, .tsv, .txt or .xlsx)',
    `Impossible d’importer «${NBSP}{file}${NBSP}»${NBSP}: le nom du fichier n’a pas d’extension (.csv, .tsv, .txt ou .xlsx)`,
  ],
});

export type LocalStringKey = keyof (typeof LOCAL_STRINGS)['en'];

/** A string of the CLI or the preview server in `language`, placeholders filled. */
export const localText = translator(LOCAL_STRINGS);
