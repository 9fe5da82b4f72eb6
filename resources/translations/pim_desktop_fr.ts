<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>(type a new challenge here)</source>
        <translation>(saisissez un nouveau défi ici)</translation>
    </message>
    <message>
        <source>The day the status last changed</source>
        <translation>Date du dernier changement de statut</translation>
    </message>
</context>
<context>
    <name>ActionPlansPage</name>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <source>Plan details…</source>
        <translation>Détails du plan…</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Supprimer le plan…</translation>
    </message>
    <message>
        <source>Pl&amp;an:</source>
        <translation>P&amp;lan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Challenges</source>
        <translation>Défi&amp;s</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Groups of the plan</source>
        <translation>Groupes du plan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Challenges of the group</source>
        <translation>Défis du groupe</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>Ajouter un défi</translation>
    </message>
    <message>
        <source>Delete challenge</source>
        <translation>Supprimer le défi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Type in a cell to change it; Tab goes on to the next cell, Enter to the next line of action points.</source>
        <translation>Saisissez du texte dans une cellule pour la modifier&#xa0;; Tab passe à la cellule suivante, Entrée à la ligne suivante des points d&apos;action.</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up</source>
        <translation>Sui&amp;vi</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsonne&#xa0;:</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>En retard &amp;uniquement</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Focal point or adviser</source>
        <translation>Point focal ou conseiller</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Of people or group</source>
        <translation>Des personnes ou du groupe</translation>
    </message>
    <message>
        <source>Changed &amp;since:</source>
        <translation>&amp;Modifié depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Challenges to follow up</source>
        <translation>Défis à suivre</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Mar&amp;k Changes from the Standard</source>
        <translation>&amp;Signaler les modifications par rapport à la matrice standard</translation>
    </message>
    <message>
        <source>Show which entries the operation changed</source>
        <translation>Afficher les entrées modifiées par l&apos;opération</translation>
    </message>
    <message>
        <source>Pre&amp;sentation Mode</source>
        <translation>Mo&amp;de présentation</translation>
    </message>
    <message>
        <source>Full screen, large text, nothing but the view: for a room</source>
        <translation>Plein écran, grand texte, rien que la vue : pour une salle</translation>
    </message>
    <message>
        <source>Spotlight One &amp;Category</source>
        <translation>Projecteur sur une catég&amp;orie</translation>
    </message>
    <message>
        <source>Show one category at a time; the arrow keys step through them</source>
        <translation>Afficher une catégorie à la fois ; les flèches passent de l&apos;une à l&apos;autre</translation>
    </message>
    <message>
        <source>Spotlight One Ro&amp;w</source>
        <translation>Projecteur sur une li&amp;gne</translation>
    </message>
    <message>
        <source>Show one row across the categories; the arrow keys step through them</source>
        <translation>Afficher une ligne à travers les catégories ; les flèches passent de l&apos;une à l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;New Operation…</source>
        <translation>&amp;Nouvelle opération…</translation>
    </message>
    <message>
        <source>Start an operation from the standard matrix</source>
        <translation>Démarrer une opération à partir de la matrice standard</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an operation file (.pim)</source>
        <translation>Ouvrir un fichier d&apos;opération (.pim)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the operation file</source>
        <translation>Écrire une copie du fichier d&apos;opération</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Close the operation</source>
        <translation>Fermer l&apos;opération</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Leave PIM Desktop; every change is already saved</source>
        <translation>Quitter PIM Desktop&#xa0;; toutes les modifications sont déjà enregistrées</translation>
    </message>
    <message>
        <source>&amp;Find in the Matrix</source>
        <translation>Rechercher &amp;dans la matrice</translation>
    </message>
    <message>
        <source>Search all entries</source>
        <translation>Rechercher dans toutes les entrées</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next cell that matches</source>
        <translation>Aller à la cellule correspondante suivante</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>&amp;Modifier la cellule</translation>
    </message>
    <message>
        <source>Change the entries of the selected cell</source>
        <translation>Modifier les entrées de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Add Entry</source>
        <translation>A&amp;jouter une entrée</translation>
    </message>
    <message>
        <source>Add an entry to the selected cell</source>
        <translation>Ajouter une entrée à la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Remo&amp;ve Entry</source>
        <translation>Su&amp;pprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Move Entry Up</source>
        <translation>Déplacer l&apos;entrée vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Entry &amp;Down</source>
        <translation>Déplacer l&apos;entrée vers le &amp;bas</translation>
    </message>
    <message>
        <source>Add R&amp;ow…</source>
        <translation>Ajouter une &amp;ligne…</translation>
    </message>
    <message>
        <source>Add a row of the operation&apos;s own</source>
        <translation>Ajouter une ligne propre à l&apos;opération</translation>
    </message>
    <message>
        <source>Re&amp;name Row…</source>
        <translation>Re&amp;nommer la ligne…</translation>
    </message>
    <message>
        <source>Move Row Up</source>
        <translation>Monter la ligne</translation>
    </message>
    <message>
        <source>Move Row Down</source>
        <translation>Descendre la ligne</translation>
    </message>
    <message>
        <source>Reset En&amp;try to the Standard</source>
        <translation>Rétablir l&apos;en&amp;trée standard</translation>
    </message>
    <message>
        <source>Open S&amp;hared Operation…</source>
        <translation>Ouvrir une opération &amp;partagée…</translation>
    </message>
    <message>
        <source>Read an operation kept on a shared server, as far as your clearance goes</source>
        <translation>Lire une opération tenue sur un serveur partagé, dans la limite de votre habilitation</translation>
    </message>
    <message>
        <source>Take a Copy O&amp;ffline…</source>
        <translation>Prendre une copie &amp;hors ligne…</translation>
    </message>
    <message>
        <source>Write what you see of the shared operation into a file to work on without the server; File &gt; Merge brings it back</source>
        <translation>Écrire ce que vous voyez de l&apos;opération partagée dans un fichier, pour y travailler sans le serveur&#xa0;; Fichier &gt; Fusionner la ramène</translation>
    </message>
    <message>
        <source>Reset &amp;Cell to the Standard</source>
        <translation>Rétablir la &amp;cellule standard</translation>
    </message>
    <message>
        <source>Re&amp;set Row to the Standard</source>
        <translation>Rétablir la li&amp;gne standard</translation>
    </message>
    <message>
        <source>Reset the Who&amp;le Matrix to the Standard…</source>
        <translation>Rétablir toute la matr&amp;ice standard…</translation>
    </message>
    <message>
        <source>Remove Ro&amp;w…</source>
        <translation>Supprimer la lign&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>How to use PIM Desktop, in the window&apos;s language</source>
        <translation>Comment utiliser PIM Desktop, dans la langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key of the program, by menu and by view</source>
        <translation>Toutes les touches du programme, par menu et par vue</translation>
    </message>
    <message>
        <source>&amp;About PIM Desktop</source>
        <translation>À &amp;propos de PIM Desktop</translation>
    </message>
    <message>
        <source>PIM &amp;Matrix</source>
        <translation>&amp;Matrice PIM</translation>
    </message>
    <message>
        <source>Build and customise the operation&apos;s matrix</source>
        <translation>Construire et adapter la matrice de l&apos;opération</translation>
    </message>
    <message>
        <source>Ma&amp;pping</source>
        <translation>&amp;Cartographie</translation>
    </message>
    <message>
        <source>Organisations, information systems, gaps and overlaps</source>
        <translation>Organisations, systèmes d&apos;information, lacunes et chevauchements</translation>
    </message>
    <message>
        <source>Add &amp;Organisation…</source>
        <translation>Ajouter une &amp;organisation…</translation>
    </message>
    <message>
        <source>Add an organisation to the register</source>
        <translation>Ajouter une organisation au registre</translation>
    </message>
    <message>
        <source>Add Information &amp;System…</source>
        <translation>Ajouter un &amp;système d&apos;information…</translation>
    </message>
    <message>
        <source>Add a system to the register</source>
        <translation>Ajouter un système au registre</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>Change the selected organisation or system</source>
        <translation>Modifier l&apos;organisation ou le système sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete Selected…</source>
        <translation>Su&amp;pprimer la sélection…</translation>
    </message>
    <message>
        <source>Delete the selected organisation or system</source>
        <translation>Supprimer l&apos;organisation ou le système sélectionné</translation>
    </message>
    <message>
        <source>&amp;History of Selected…</source>
        <translation>&amp;Historique de la sélection…</translation>
    </message>
    <message>
        <source>Who changed the selected organisation or system, and when</source>
        <translation>Qui a modifié l&apos;organisation ou le système sélectionné, et quand</translation>
    </message>
    <message>
        <source>&amp;Filter the Mapping</source>
        <translation>&amp;Filtrer la cartographie</translation>
    </message>
    <message>
        <source>Type to filter every mapping view</source>
        <translation>Saisissez du texte pour filtrer toutes les vues de la cartographie</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Tout réafficher</translation>
    </message>
    <message>
        <source>&amp;Action Plans</source>
        <translation>&amp;Plans d&apos;action</translation>
    </message>
    <message>
        <source>Workshop action plans and their follow-up</source>
        <translation>Plans d&apos;action des ateliers et leur suivi</translation>
    </message>
    <message>
        <source>&amp;New Action Plan…</source>
        <translation>&amp;Nouveau plan d&apos;action…</translation>
    </message>
    <message>
        <source>Start the action plan of a workshop</source>
        <translation>Démarrer le plan d&apos;action d&apos;un atelier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export views to Excel, PDF or CSV</source>
        <translation>Exporter des vues vers Excel, PDF ou CSV</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import organisations or systems from a spreadsheet</source>
        <translation>Importer des organisations ou des systèmes depuis une feuille de calcul</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Put back the operation as it was when opened, or before an import</source>
        <translation>Remettre l&apos;opération telle qu&apos;elle était à l&apos;ouverture, ou avant un import</translation>
    </message>
    <message>
        <source>&amp;Merge Operation File…</source>
        <translation>&amp;Fusionner un fichier d&apos;opération…</translation>
    </message>
    <message>
        <source>Bring in a colleague&apos;s copy of the operation</source>
        <translation>Intégrer la copie de l&apos;opération d&apos;un ou d&apos;une collègue</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>PIM Process and &amp;Review</source>
        <translation>Processus PIM et &amp;revue</translation>
    </message>
    <message>
        <source>Where the operation stands in the PIM Process; the systems&apos; data review</source>
        <translation>Où en est l&apos;opération dans le Processus PIM ; la revue des données des systèmes</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <source>What changed since a milestone, and who changed it</source>
        <translation>Ce qui a changé depuis un jalon, et qui l&apos;a changé</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Language, theme and your name in the change log</source>
        <translation>Langue, thème et votre nom dans le journal des modifications</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>when it was opened</source>
        <translation>à l&apos;ouverture</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <source>before an upgrade to a newer version</source>
        <translation>avant une mise à niveau vers une version plus récente</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>No backup could be made of this file: {reason}</source>
        <translation>Aucune sauvegarde de ce fichier n&apos;a pu être faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of this file yet.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde de ce fichier.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup made {made}; the file as it was is backed up too.</source>
        <translation>Sauvegarde du {made} restaurée&#xa0;; le fichier tel qu&apos;il était est sauvegardé lui aussi.</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>F&amp;rom the milestone:</source>
        <translation>Depuis le ja&amp;lon :</translation>
    </message>
    <message>
        <source>From the milestone</source>
        <translation>Depuis le jalon</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;à :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Nature du changement</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Auteur du changement</translation>
    </message>
    <message>
        <source>Mark Mi&amp;lestone…</source>
        <translation>Marquer un jal&amp;on…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>ChangesWorkspace</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>No milestone is marked yet. Mark one (before a workshop, say): the changes made from then on are listed here, with who made them.</source>
        <translation>Aucun jalon n&apos;est encore marqué. Marquez-en un (avant un atelier, par exemple) : les changements faits ensuite sont listés ici, avec leur auteur.</translation>
    </message>
    <message>
        <source>{kind} ({change}): {count}</source>
        <translation>{kind} ({change}) : {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed</source>
        <translation>
            <numerusform>%n fiche modifiée</numerusform>
            <numerusform>%n fiches modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (above the sensitivity ceiling)</source>
        <translation>
            <numerusform>%n omise (au-dessus du plafond de sensibilité)</numerusform>
            <numerusform>%n omises (au-dessus du plafond de sensibilité)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a milestone</source>
        <translation>Marquer un jalon</translation>
    </message>
    <message>
        <source>Name this moment, to compare with later (e.g. “Before the March workshop”):</source>
        <translation>Nommez ce moment, pour le comparer plus tard (par ex. « Avant l&apos;atelier de mars ») :</translation>
    </message>
    <message>
        <source>Cannot mark the milestone</source>
        <translation>Impossible de marquer le jalon</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Action points (one a line)</source>
        <translation>Points d&apos;action (un par ligne)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>Advisers</source>
        <translation>Conseillers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>PIM category</source>
        <translation>Catégorie PIM</translation>
    </message>
    <message>
        <source>PIM Process step</source>
        <translation>Étape du Processus PIM</translation>
    </message>
    <message>
        <source>PIM Principle</source>
        <translation>Principe PIM</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Statut depuis le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>As</source>
        <translation>À titre</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>Qui contacter</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{who} saved {name} after you opened it. Their changes and yours:</source>
        <translation>{who} a enregistré {name} après que vous l&apos;avez ouvert. Ses modifications et les vôtres :</translation>
    </message>
    <message>
        <source>Someone else saved {name} after you opened it. Their changes and yours:</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré {name} après que vous l&apos;avez ouvert. Ses modifications et les vôtres :</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>&amp;Enregistrer les miennes</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder les siennes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved by the other</source>
        <translation>Enregistré par l&apos;autre</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre saisie</translation>
    </message>
    <message>
        <source>{field} (changed by both)</source>
        <translation>{field} (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Saved by Someone Else</source>
        <translation>Enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>The fields the other saved and the fields you changed</source>
        <translation>Les champs enregistrés par l&apos;autre et ceux que vous avez modifiés</translation>
    </message>
    <message>
        <source>Save mine: the fields you changed are saved as you typed them; every other field keeps what the other saved. Keep theirs: your changes are left out, and the record shows as they saved it.</source>
        <translation>Enregistrer les miennes : les champs que vous avez modifiés sont enregistrés tels que vous les avez saisis ; tous les autres gardent ce que l&apos;autre a enregistré. Garder les siennes : vos modifications sont écartées, et la fiche s&apos;affiche telle qu&apos;elle a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CopyEncryptionDialog</name>
    <message>
        <source>Protect the copy</source>
        <translation>Protéger la copie</translation>
    </message>
</context>
<context>
    <name>DataExchange</name>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Comparing the two files…</source>
        <translation>Comparaison des deux fichiers…</translation>
    </message>
    <message>
        <source>Imported the operation in {file}.</source>
        <translation>Opération importée depuis {file}.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Imported: {added} added, {updated} updated, {left} left out.</source>
        <translation>Import terminé&#xa0;: {added} ajouté(s), {updated} mis à jour, {left} exclu(s).</translation>
    </message>
    <message>
        <source>Merge an operation file</source>
        <translation>Fusionner un fichier d&apos;opération</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>choose another file than the open one</source>
        <translation>choisissez un autre fichier que celui qui est ouvert</translation>
    </message>
    <message>
        <source>Merged {file}.</source>
        <translation>{file} fusionné.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Cannot open the operation</source>
        <translation>Impossible d&apos;ouvrir l&apos;opération</translation>
    </message>
</context>
<context>
    <name>EncryptionFields</name>
    <message>
        <source>Leave the passphrase empty to keep this file&apos;s. {warning}</source>
        <translation>Laissez la phrase secrète vide pour garder celle de ce fichier. {warning}</translation>
    </message>
    <message>
        <source>the two passphrases typed differ</source>
        <translation>les deux phrases secrètes tapées diffèrent</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Répé&amp;ter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>PIM Desktop met a problem it did not expect ({problem}). Every change made before it is saved in the file.</source>
        <translation>PIM Desktop a rencontré un problème inattendu ({problem}). Toutes les modifications faites avant sont enregistrées dans le fichier.</translation>
    </message>
    <message>
        <source>The details could not be written down.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The details are in {log}; please send them with a report of what you were doing.</source>
        <translation>Les détails sont dans {log}&#xa0;; merci de les envoyer avec une description de ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tableau CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON, the whole operation (.json)</source>
        <translation>JSON, toute l&apos;opération (.json)</translation>
    </message>
    <message>
        <source>Everything (no level left out)</source>
        <translation>Tout (aucun niveau exclu)</translation>
    </message>
    <message>
        <source>Up to {level}</source>
        <translation>Jusqu&apos;au niveau {level}</translation>
    </message>
    <message>
        <source>Include people&apos;s names, e-mails and phones</source>
        <translation>Inclure les noms, e-mails et téléphones des personnes</translation>
    </message>
    <message>
        <source>Column keys and a row of HXL tags, as imports read them</source>
        <translation>Clés des colonnes et ligne de balises HXL, lues par l&apos;import</translation>
    </message>
    <message>
        <source>For scripts and imports; a workbook for people has the headings the window shows.</source>
        <translation>Pour les scripts et les imports&#xa0;; un classeur destiné aux personnes porte les en-têtes que montre la fenêtre.</translation>
    </message>
    <message>
        <source>Counting what the export will hold…</source>
        <translation>Décompte de ce que contiendra l&apos;export…</translation>
    </message>
    <message numerus="yes">
        <source>{part}: %n row(s)</source>
        <translation>
            <numerusform>{part}&#xa0;: %n ligne</numerusform>
            <numerusform>{part}&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Sensitivity label: {level}</source>
        <translation>Niveau de sensibilité : {level}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissé de côté :</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Exporter sous</translation>
    </message>
    <message>
        <source>choose where to save the export</source>
        <translation>choisissez où enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>only single tables export to csv: choose xlsx or pdf for this view</source>
        <translation>seuls les tableaux simples s&apos;exportent en csv&#xa0;: choisissez xlsx ou pdf pour cette vue</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation>&amp;Partager avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>Perso&amp;nnes&#xa0;:</translation>
    </message>
    <message>
        <source>For &amp;machines:</source>
        <translation>Pour les &amp;machines&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Will include:</source>
        <translation>Contiendra&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Exported to {target}.</source>
        <translation>Exporté vers {target}.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PIM operation files (*.pim);;All files (*)</source>
        <translation>Fichiers d&apos;opération PIM (*.pim);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Change group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Data Sharing</source>
        <translation>p. ex. Partage des données</translation>
    </message>
    <message>
        <source>Team &amp;leader:</source>
        <translation>&amp;Chef d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Name (Organisation)</source>
        <translation>Nom (Organisation)</translation>
    </message>
    <message>
        <source>Team &amp;members:</source>
        <translation>&amp;Membres de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>One a line: Name (Organisation)</source>
        <translation>Un par ligne&#xa0;: Nom (Organisation)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>PIM Desktop Guide</source>
        <translation>Guide de PIM Desktop</translation>
    </message>
    <message>
        <source>The guide</source>
        <translation>Le guide</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>About PIM Desktop</source>
        <translation>À propos de PIM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PIM Desktop {version}&lt;/h3&gt;&lt;p&gt;Build and customise the PIM Matrix for your operation, and map who runs which information system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PIM Desktop {version}&lt;/h3&gt;&lt;p&gt;Construisez et adaptez la Matrice PIM de votre opération, et cartographiez qui gère quel système d&apos;information.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>{name}: every change logged, oldest first</source>
        <translation>{name} : tous les changements enregistrés, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>{name}: no change logged yet (changes are logged from this version on)</source>
        <translation>{name} : aucun changement enregistré pour l&apos;instant (les changements sont enregistrés à partir de cette version)</translation>
    </message>
    <message>
        <source>Record History</source>
        <translation>Historique de la fiche</translation>
    </message>
    <message>
        <source>Who changed the record, and when</source>
        <translation>Qui a modifié la fiche, et quand</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>matches several</source>
        <translation>plusieurs correspondances</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclure</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Information systems</source>
        <translation>Systèmes d&apos;information</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Éléments de plan d&apos;action</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>none: such rows are refused</source>
        <translation>aucune&#xa0;: ces lignes sont refusées</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Spreadsheets and operations (*.xlsx *.csv *.json);;All files (*)</source>
        <translation>Feuilles de calcul et opérations (*.xlsx *.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No column of organisations or systems was recognised in this sheet.</source>
        <translation>Aucune colonne d&apos;organisations ou de systèmes n&apos;a été reconnue dans cette feuille.</translation>
    </message>
    <message>
        <source>Correct the rows with errors in the file (or the columns here), or leave them out.</source>
        <translation>Corrigez les lignes comportant des erreurs dans le fichier (ou les colonnes ici), ou excluez-les.</translation>
    </message>
    <message>
        <source>The records with errors will be left out.</source>
        <translation>Les fiches comportant des erreurs seront exclues.</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>Cette feuille est vide.</translation>
    </message>
    <message>
        <source>The whole operation {name}: {organisations}, {systems} and {plans}, with its process and reviews; records of the same name are updated and its matrix replaces this one&apos;s. To choose part by part, use File &gt; Merge with the colleague&apos;s .pim file instead.</source>
        <translation>L&apos;opération entière {name}&#xa0;: {organisations}, {systems} et {plans}, avec son processus et ses revues&#xa0;; les fiches de même nom sont mises à jour et sa matrice remplace celle-ci. Pour choisir partie par partie, utilisez plutôt Fichier &gt; Fusionner avec le fichier .pim du ou de la collègue.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action plan(s)</source>
        <translation>
            <numerusform>%n plan d&apos;action</numerusform>
            <numerusform>%n plans d&apos;action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row(s) {rows}</source>
        <translation>
            <numerusform>En-tête sur la ligne {rows}</numerusform>
            <numerusform>En-tête sur les lignes {rows}</numerusform>
        </translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(colonne {n})</translation>
    </message>
    <message>
        <source>Choose the column that holds the {field}.</source>
        <translation>Choisissez la colonne qui contient le champ «&#xa0;{field}&#xa0;».</translation>
    </message>
    <message>
        <source>{row} (+{more})</source>
        <translation>{row} (+{more})</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>exclure</translation>
    </message>
    <message>
        <source>add as new</source>
        <translation>ajouter comme nouvelle fiche</translation>
    </message>
    <message>
        <source>update {name}</source>
        <translation>mettre à jour {name}</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis une feuille de calcul</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Feuille de calcul à importer</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file</source>
        <translation>Un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>F&amp;euille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Columns (correct a field if needed):</source>
        <translation>Colonnes (corrigez un champ si nécessaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Which column fills which field</source>
        <translation>Quelle colonne remplit quel champ</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>F&amp;iches</translation>
    </message>
    <message>
        <source>Each record as it will be stored (the rows of one organisation or system are one record):</source>
        <translation>Chaque fiche telle qu&apos;elle sera enregistrée (les lignes d&apos;une même organisation ou d&apos;un même système forment une seule fiche)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the records</source>
        <translation>Aperçu des fiches</translation>
    </message>
    <message>
        <source>Ch&amp;anges</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>What the file changes in records the register already holds; untick a change to keep what the register says:</source>
        <translation>Ce que le fichier modifie dans les fiches que le registre contient déjà&#xa0;; décochez une modification pour garder ce qu&apos;indique le registre&#xa0;:</translation>
    </message>
    <message>
        <source>Changes to records of the register</source>
        <translation>Modifications des fiches du registre</translation>
    </message>
    <message>
        <source>&amp;Values not recognised</source>
        <translation>&amp;Valeurs non reconnues</translation>
    </message>
    <message>
        <source>Words the program does not know; say what each one means:</source>
        <translation>Mots que le programme ne connaît pas&#xa0;; indiquez ce que chacun signifie&#xa0;:</translation>
    </message>
    <message>
        <source>Values not recognised</source>
        <translation>Valeurs non reconnues</translation>
    </message>
    <message>
        <source>&amp;Category of systems without one:</source>
        <translation>Ca&amp;tégorie des systèmes qui n&apos;en ont pas&#xa0;:</translation>
    </message>
    <message>
        <source>PIM category of the systems whose row gives none</source>
        <translation>Catégorie PIM des systèmes dont la ligne n&apos;en indique aucune</translation>
    </message>
    <message>
        <source>&amp;Leave out the records with errors and import the others</source>
        <translation>E&amp;xclure les fiches comportant des erreurs et importer les autres</translation>
    </message>
    <message>
        <source>Add rows that match several records as new ones (otherwise they are left out)</source>
        <translation>Ajouter comme nouvelles fiches les lignes qui correspondent à plusieurs fiches (sinon, elles sont exclues)</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>{name} (row {row})</source>
        <translation>{name} (ligne {row})</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lu comme</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>(non reconnu)</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <source>The file is open elsewhere</source>
        <translation>Le fichier est ouvert ailleurs</translation>
    </message>
    <message>
        <source>{file} is open for editing by {user} on {machine} since {since}.</source>
        <translation>{file} est ouvert en modification par {user} sur {machine} depuis {since}.</translation>
    </message>
    <message>
        <source>Open it read-only to read and export it. Edit it anyway only if {user} has closed it and the lock was left behind (a computer that crashed): two people editing one file overwrite each other&apos;s work.</source>
        <translation>Ouvrez-le en lecture seule pour le lire et l&apos;exporter. Ne le modifiez quand même que si {user} l&apos;a fermé et que le verrou est resté (un ordinateur qui s&apos;est arrêté brusquement)&#xa0;: deux personnes qui modifient un même fichier écrasent le travail l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Modifier quand même</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIM Matrix</source>
        <translation>Matrice PIM</translation>
    </message>
    <message>
        <source>Cell, reading and sources</source>
        <translation>Cellule, lecture et sources</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Mapping: organisations and systems</source>
        <translation>Cartographie&#xa0;: organisations et systèmes</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>PIM Process and review</source>
        <translation>Processus PIM et revue</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Action &amp;Plans</source>
        <translation>&amp;Plans d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Cartographie</translation>
    </message>
    <message>
        <source>Cannot open the operation</source>
        <translation>Impossible d&apos;ouvrir l&apos;opération</translation>
    </message>
    <message>
        <source>This file is read-only: you can read and export it, but not change it.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: vous pouvez le consulter et l&apos;exporter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>{user} on {machine} is editing this file: you can read and export it, but not change it.</source>
        <translation>{user} sur {machine} modifie ce fichier&#xa0;: vous pouvez le lire et l&apos;exporter, mais pas le changer.</translation>
    </message>
    <message>
        <source>Saved, but cannot be undone</source>
        <translation>Enregistré, mais impossible à annuler</translation>
    </message>
    <message>
        <source>Open an operation</source>
        <translation>Ouvrir une opération</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(aucun fichier récent)</translation>
    </message>
    <message>
        <source>Cannot create the operation</source>
        <translation>Impossible de créer l&apos;opération</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>The window speaks the new language from the next start.</source>
        <translation>La fenêtre passera à la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>PIM Desktop</source>
        <translation>PIM Desktop</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No operation is open&lt;/h2&gt;&lt;p&gt;Use File &amp;gt; New to start an operation with the standard PIM Matrix, or File &amp;gt; Open to open an operation file (.pim).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune opération n&apos;est ouverte&lt;/h2&gt;&lt;p&gt;Utilisez Fichier &amp;gt; Nouvelle opération pour démarrer une opération avec la Matrice PIM standard, ou Fichier &amp;gt; Ouvrir pour ouvrir un fichier d&apos;opération (.pim).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search the matrix</source>
        <translation>Rechercher dans la matrice</translation>
    </message>
    <message>
        <source>Search all entries (Ctrl+F)</source>
        <translation>Rechercher dans toutes les entrées (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>The connection to the server was lost: connecting again. What others change is shown once it is back.</source>
        <translation>La connexion au serveur a été perdue : reconnexion en cours. Ce que les autres modifient s&apos;affichera dès son retour.</translation>
    </message>
    <message>
        <source>Connected to the server again: the operation was read afresh.</source>
        <translation>De nouveau connecté au serveur : l&apos;opération a été relue.</translation>
    </message>
    <message>
        <source>This operation is on a shared server: you see what your clearance allows, and your role lets you read and export it, not change it.</source>
        <translation>Cette opération est sur un serveur partagé : vous voyez ce que votre habilitation permet, et votre rôle vous permet de la lire et de l&apos;exporter, pas de la modifier.</translation>
    </message>
    <message>
        <source>This operation is on a shared server: you see what your clearance allows. What you save, the others see at once; a record someone saved since you opened it is not overwritten.</source>
        <translation>Cette opération est sur un serveur partagé : vous voyez ce que votre habilitation permet. Ce que vous enregistrez, les autres le voient aussitôt ; une fiche enregistrée par quelqu&apos;un depuis que vous l&apos;avez ouverte n&apos;est jamais écrasée.</translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>Admin 1 (governorate, province …)</source>
        <translation>Admin 1 (gouvernorat, région, province …)</translation>
    </message>
    <message>
        <source>Admin 2 (district …)</source>
        <translation>Admin 2 (district, département …)</translation>
    </message>
    <message>
        <source>The operation as a whole</source>
        <translation>L&apos;opération dans son ensemble</translation>
    </message>
</context>
<context>
    <name>MappingDisplay</name>
    <message>
        <source>gap</source>
        <translation>lacune</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} affichés sur {total}</translation>
    </message>
    <message>
        <source>The operation as a whole</source>
        <translation>L&apos;opération dans son ensemble</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Gaps: no active system</source>
        <translation>Lacunes : aucun système actif</translation>
    </message>
    <message>
        <source>Overlaps: several active systems</source>
        <translation>Chevauchements : plusieurs systèmes actifs</translation>
    </message>
    <message>
        <source>Describe the data you need: the systems whose outputs or methods speak of it appear.</source>
        <translation>Décrivez les données dont vous avez besoin&#xa0;: les systèmes dont les résultats ou les méthodes les mentionnent s&apos;affichent.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) could be a source. In the PIM Matrix, such data comes from: {categories}.</source>
        <translation>
            <numerusform>%n système pourrait en être la source. Dans la Matrice PIM, ces données proviennent de&#xa0;: {categories}.</numerusform>
            <numerusform>%n systèmes pourraient en être la source. Dans la Matrice PIM, ces données proviennent de&#xa0;: {categories}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Not confirmed for over 3 months</source>
        <translation>Non confirmé depuis plus de 3 mois</translation>
    </message>
    <message>
        <source>Not confirmed for over 6 months</source>
        <translation>Non confirmé depuis plus de 6 mois</translation>
    </message>
    <message>
        <source>Not confirmed for over 12 months</source>
        <translation>Non confirmé depuis plus de 12 mois</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Confirmed at any time</source>
        <translation>Toute date de confirmation</translation>
    </message>
    <message>
        <source>Active systems: &lt;span style=&apos;background:{gap}&apos;&gt;&amp;nbsp;none (gap)&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{one}&apos;&gt;&amp;nbsp;one&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{more}&apos;&gt;&amp;nbsp;several (overlap)&amp;nbsp;&lt;/span&gt;</source>
        <translation>Systèmes actifs&#xa0;: &lt;span style=&apos;background:{gap}&apos;&gt;&amp;nbsp;aucun (lacune)&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{one}&apos;&gt;&amp;nbsp;un&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:{more}&apos;&gt;&amp;nbsp;plusieurs (chevauchement)&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltrer&#xa0;:</translation>
    </message>
    <message>
        <source>Filter the mapping</source>
        <translation>Filtrer la cartographie</translation>
    </message>
    <message>
        <source>Names, organisations, methods, outputs, places</source>
        <translation>Noms, organisations, méthodes, résultats, lieux</translation>
    </message>
    <message>
        <source>Organisation t&amp;ype:</source>
        <translation>T&amp;ype d&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Sens&amp;itivity:</source>
        <translation>Sensi&amp;bilité&#xa0;:</translation>
    </message>
    <message>
        <source>When the records were last confirmed with their owners</source>
        <translation>Quand les fiches ont été confirmées pour la dernière fois avec leurs propriétaires</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Li&amp;eu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Organisation register</source>
        <translation>Registre des organisations</translation>
    </message>
    <message>
        <source>Information &amp;systems</source>
        <translation>Systè&amp;mes d&apos;information</translation>
    </message>
    <message>
        <source>Add system…</source>
        <translation>Ajouter un système…</translation>
    </message>
    <message>
        <source>Register of information systems</source>
        <translation>Registre des systèmes d&apos;information</translation>
    </message>
    <message>
        <source>Organisations × &amp;categories</source>
        <translation>Orga&amp;nisations × catégories</translation>
    </message>
    <message>
        <source>Each cell lists an organisation&apos;s systems in a category, darker for more. Select a cell to see its systems; Enter or double-click opens one.</source>
        <translation>Chaque cellule liste les systèmes d&apos;une organisation dans une catégorie, d&apos;autant plus foncée qu&apos;ils sont nombreux. Sélectionnez une cellule pour voir ses systèmes&#xa0;; Entrée ou un double-clic en ouvre un.</translation>
    </message>
    <message>
        <source>Organisations by category</source>
        <translation>Organisations par catégorie</translation>
    </message>
    <message>
        <source>Systems of the selected cell</source>
        <translation>Systèmes de la cellule sélectionnée</translation>
    </message>
    <message>
        <source>Pe&amp;r category</source>
        <translation>Pa&amp;r catégorie</translation>
    </message>
    <message>
        <source>Gaps an&amp;d overlaps</source>
        <translation>Lacunes et c&amp;hevauchements</translation>
    </message>
    <message>
        <source>Find a so&amp;urce</source>
        <translation>Trouver une so&amp;urce</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Systems of the category</source>
        <translation>Systèmes de la catégorie</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>Active systems by place and category</source>
        <translation>Systèmes actifs par lieu et par catégorie</translation>
    </message>
    <message>
        <source>Gaps and overlaps in words</source>
        <translation>Description des lacunes et chevauchements</translation>
    </message>
    <message>
        <source>Data you &amp;need:</source>
        <translation>Donnée&amp;s nécessaires&#xa0;:</translation>
    </message>
    <message>
        <source>Data you need</source>
        <translation>Données nécessaires</translation>
    </message>
    <message>
        <source>e.g. returns of IDPs by district, GBV incidents</source>
        <translation>p. ex. retours de PDI par district, incidents de VBG</translation>
    </message>
    <message>
        <source>Systems that could be the source</source>
        <translation>Systèmes qui pourraient en être la source</translation>
    </message>
</context>
<context>
    <name>MappingWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message numerus="yes">
        <source>{name} runs %n information system(s). Deleting it takes it off those systems; the systems stay, and systems it was the only organisation of are left without one.

Delete {name}? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>{name} gère %n système d&apos;information. Supprimer cette organisation la retire de ce système&#xa0;; le système est conservé, et si elle en était la seule organisation, il n&apos;en a plus aucune.

Supprimer {name}&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
            <numerusform>{name} gère %n systèmes d&apos;information. Supprimer cette organisation la retire de ces systèmes&#xa0;; les systèmes sont conservés, et ceux dont elle était la seule organisation n&apos;en ont plus aucune.

Supprimer {name}&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}? (Edit &gt; Undo brings it back.)</source>
        <translation>Supprimer {name}&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete the system {name}, with its responsible-data review? (Edit &gt; Undo brings it back.)</source>
        <translation>Supprimer le système {name}, avec sa revue de gestion responsable des données&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</translation>
    </message>
    <message>
        <source>Delete system</source>
        <translation>Supprimer le système</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Systems in this operation</source>
        <translation>Systèmes de cette opération</translation>
    </message>
    <message>
        <source>This row cannot be modified: the Definition and Output rows are what distinguish the PIM categories from each other (PIM guidance).</source>
        <translation>Cette ligne ne peut pas être modifiée&#xa0;: les lignes «&#xa0;Définition&#xa0;» et «&#xa0;Résultat&#xa0;» sont ce qui distingue les catégories PIM les unes des autres (orientations PIM).</translation>
    </message>
    <message>
        <source>The information systems mapped for this operation (read-only here; edit them under Mapping).</source>
        <translation>Les systèmes d&apos;information cartographiés pour cette opération (lecture seule ici&#xa0;; modifiez-les dans Cartographie).</translation>
    </message>
    <message>
        <source>One of the operation&apos;s own rows</source>
        <translation>Une des lignes propres à l&apos;opération</translation>
    </message>
    <message>
        <source>{category}: a core protection category</source>
        <translation>{category}&#xa0;: une catégorie de protection principale</translation>
    </message>
    <message>
        <source>{category}: a related category</source>
        <translation>{category}&#xa0;: une catégorie connexe</translation>
    </message>
    <message>
        <source>… and {count} more: see Mapping (Ctrl+2)</source>
        <translation>… et {count} de plus&#xa0;: voir Cartographie (Ctrl+2)</translation>
    </message>
</context>
<context>
    <name>MatrixController</name>
    <message>
        <source>Add entry</source>
        <translation>Ajout d&apos;une entrée</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modification d&apos;une entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Suppression d&apos;une entrée</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Déplacement d&apos;une entrée</translation>
    </message>
    <message>
        <source>Reset entry to the standard</source>
        <translation>Réinitialisation de l&apos;entrée selon la matrice standard</translation>
    </message>
    <message>
        <source>Reset cell to the standard</source>
        <translation>Réinitialisation de la cellule selon la matrice standard</translation>
    </message>
    <message>
        <source>Reset row to the standard</source>
        <translation>Réinitialisation de la ligne selon la matrice standard</translation>
    </message>
    <message>
        <source>Reset the whole matrix</source>
        <translation>Réinitialisation de toute la matrice</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajout d&apos;une ligne</translation>
    </message>
    <message>
        <source>Rename row</source>
        <translation>Renommage d&apos;une ligne</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>Déplacement d&apos;une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Suppression d&apos;une ligne</translation>
    </message>
</context>
<context>
    <name>MatrixSidePanel</name>
    <message>
        <source>Click a category&apos;s name to read it from top to bottom, or a row&apos;s name to compare the categories across that row.</source>
        <translation>Cliquez sur le nom d&apos;une catégorie pour la lire de haut en bas, ou sur le nom d&apos;une ligne pour comparer les catégories sur cette ligne.</translation>
    </message>
    <message>
        <source>Select a cell of the matrix to see and change its entries.</source>
        <translation>Sélectionnez une cellule de la matrice pour voir et modifier ses entrées.</translation>
    </message>
    <message>
        <source>This file is read-only: nothing can be changed.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>Ce&amp;llule</translation>
    </message>
    <message>
        <source>Entries of the cell</source>
        <translation>Entrées de la cellule</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Ajouter une entrée (Inser)</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Find a &amp;source</source>
        <translation>Trou&amp;ver une source</translation>
    </message>
    <message>
        <source>Edit the selected entry (F2)</source>
        <translation>Modifier l&apos;entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Supprimer l&apos;entrée sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the entry up (Alt+Up)</source>
        <translation>Monter l&apos;entrée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move the entry down (Alt+Down)</source>
        <translation>Descendre l&apos;entrée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Give the entry back its standard text, or take out an entry the operation added</source>
        <translation>Rendre à l&apos;entrée son texte standard, ou retirer une entrée ajoutée par l&apos;opération</translation>
    </message>
    <message>
        <source>Reset e&amp;ntry</source>
        <translation>Réinitialiser l&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>Standard entries removed from this cell:</source>
        <translation>Entrées standard retirées de cette cellule&#xa0;:</translation>
    </message>
    <message>
        <source>Standard entries removed from the cell</source>
        <translation>Entrées standard retirées de la cellule</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Put the selected standard entry back</source>
        <translation>Remettre en place l&apos;entrée standard sélectionnée</translation>
    </message>
    <message>
        <source>Give the whole cell back its standard entries</source>
        <translation>Rendre à toute la cellule ses entrées standard</translation>
    </message>
    <message>
        <source>Reset ce&amp;ll</source>
        <translation>Réini&amp;tialiser la cellule</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Lectu&amp;re</translation>
    </message>
    <message>
        <source>Reading view</source>
        <translation>Vue de lecture</translation>
    </message>
    <message>
        <source>Describe the data you need; see which categories produce it and which systems of the operation could be its source.</source>
        <translation>Décrivez les données dont vous avez besoin&#xa0;; voyez quelles catégories les produisent et quels systèmes de l&apos;opération pourraient en être la source.</translation>
    </message>
    <message>
        <source>Data you need</source>
        <translation>Données nécessaires</translation>
    </message>
    <message>
        <source>e.g. figures on returns</source>
        <translation>p. ex. chiffres sur les retours</translation>
    </message>
    <message>
        <source>Where the data could come from</source>
        <translation>D&apos;où pourraient venir les données</translation>
    </message>
</context>
<context>
    <name>MatrixWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Against the standard matrix: {changed}, {removed}, {custom}</source>
        <translation>Par rapport à la matrice standard&#xa0;: {changed}, {removed}, {custom}</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) changed or added</source>
        <translation>
            <numerusform>%n entrée modifiée ou ajoutée</numerusform>
            <numerusform>%n entrées modifiées ou ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>entries</comment>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the operation&apos;s own</source>
        <translation>
            <numerusform>%n ligne propre à l&apos;opération</numerusform>
            <numerusform>%n lignes propres à l&apos;opération</numerusform>
        </translation>
    </message>
    <message>
        <source>{matches} in {cells}</source>
        <comment>search</comment>
        <translation>{matches} dans {cells}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cellule</numerusform>
            <numerusform>%n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the row:</source>
        <translation>Nom de la ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Add a row of the operation&apos;s own</source>
        <translation>Ajouter une ligne propre à l&apos;opération</translation>
    </message>
    <message>
        <source>Rename the row</source>
        <translation>Renommer la ligne</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the row &apos;{row}&apos; and all its entries? You can undo this.</source>
        <translation>Supprimer la ligne «&#xa0;{row}&#xa0;» et toutes ses entrées&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Reset the whole matrix</source>
        <translation>Réinitialiser toute la matrice</translation>
    </message>
    <message>
        <source>Give every cell back its standard entries and remove the operation&apos;s own rows? You can undo this.</source>
        <translation>Rendre à chaque cellule ses entrées standard et supprimer les lignes propres à l&apos;opération&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
    </message>
    <message>
        <source>matrix cell</source>
        <translation>cellule de la matrice</translation>
    </message>
    <message>
        <source>matrix row</source>
        <translation>ligne de la matrice</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;{file}&lt;/b&gt; ({operation}). Nothing is written until OK; Edit &amp;gt; Undo takes the merge back whole.</source>
        <translation>Fusion de &lt;b&gt;{file}&lt;/b&gt; ({operation}). Rien n&apos;est écrit avant OK&#xa0;; Édition &amp;gt; Annuler annule toute la fusion.</translation>
    </message>
    <message>
        <source>It is an offline copy of this operation, taken by {login} on {day}: what only the copy changed since is ticked, what the server changed is kept, and a conflict (changed on both sides) is marked for you to choose.</source>
        <translation>C&apos;est une copie hors ligne de cette opération, prise par {login} le {day}&#xa0;: ce que seule la copie a changé depuis est coché, ce que le serveur a changé est conservé, et un conflit (changé des deux côtés) est signalé pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>{part}: deleted on the server since the copy was taken (tick to add it again)</source>
        <translation>{part}&#xa0;: supprimé sur le serveur depuis que la copie a été prise (cochez pour l&apos;ajouter de nouveau)</translation>
    </message>
    <message>
        <source>{part}: deleted in the copy, kept here</source>
        <translation>{part}&#xa0;: supprimé dans la copie, conservé ici</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>{part} (conflict: the same field changed in the copy and on the server)</source>
        <translation>{part} (conflit&#xa0;: le même champ changé dans la copie et sur le serveur)</translation>
    </message>
    <message>
        <source>{part} (conflict: changed in the copy and on the server)</source>
        <translation>{part} (conflit&#xa0;: changé dans la copie et sur le serveur)</translation>
    </message>
    <message>
        <source>take their {field}</source>
        <translation>prendre leur champ {field}</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed on both sides)</source>
        <translation>prendre le champ {field} de la copie (changé des deux côtés)</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed in the copy)</source>
        <translation>prendre le champ {field} de la copie (changé dans la copie)</translation>
    </message>
    <message>
        <source>take the copy&apos;s {field} (changed on the server)</source>
        <translation>prendre le champ {field} de la copie (changé sur le serveur)</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Merge an operation file</source>
        <translation>Fusionner un fichier d&apos;opération</translation>
    </message>
    <message>
        <source>&amp;Only in the other file (will be added):</source>
        <translation>&amp;Uniquement dans l&apos;autre fichier (sera ajouté)&#xa0;:</translation>
    </message>
    <message>
        <source>Parts only in the other file</source>
        <translation>Parties présentes uniquement dans l&apos;autre fichier</translation>
    </message>
    <message>
        <source>&amp;Different in the two files (tick a part or some of its fields to take theirs; unticked keeps yours):</source>
        <translation>&amp;Différent dans les deux fichiers (cochez une partie ou certains de ses champs pour prendre leur version&#xa0;; sans coche, la vôtre est conservée)&#xa0;:</translation>
    </message>
    <message>
        <source>Parts that differ</source>
        <translation>Parties qui diffèrent</translation>
    </message>
    <message>
        <source>Take &amp;all of theirs</source>
        <translation>&amp;Tout prendre de l&apos;autre fichier</translation>
    </message>
    <message>
        <source>&amp;Keep all of mine</source>
        <translation>&amp;Garder toute ma version</translation>
    </message>
</context>
<context>
    <name>NewOperationDialog</name>
    <message>
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <source>Save the operation as</source>
        <translation>Enregistrer l&apos;opération sous</translation>
    </message>
    <message>
        <source>PIM operation files (*.pim)</source>
        <translation>Fichiers d&apos;opération PIM (*.pim)</translation>
    </message>
    <message>
        <source>choose where to save the operation</source>
        <translation>choisissez où enregistrer l&apos;opération</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>The new operation starts from the standard PIM Matrix, which you can then adapt to your context.</source>
        <translation>La nouvelle opération part de la Matrice PIM standard, que vous pourrez ensuite adapter à votre contexte.</translation>
    </message>
    <message>
        <source>Operation &amp;name:</source>
        <translation>&amp;Nom de l&apos;opération&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Lebanon protection response</source>
        <translation>p. ex. Réponse de protection au Mali</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
</context>
<context>
    <name>OperationCopies</name>
    <message>
        <source>Taking a copy offline…</source>
        <translation>Copie hors ligne en cours…</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>choose another name than the open file</source>
        <translation>choisissez un autre nom que celui du fichier ouvert</translation>
    </message>
    <message>
        <source>Copy saved as {path}</source>
        <translation>Copie enregistrée sous {path}</translation>
    </message>
    <message>
        <source>Take a copy offline</source>
        <translation>Prendre une copie hors ligne</translation>
    </message>
    <message>
        <source>The copy was not taken</source>
        <translation>La copie n&apos;a pas été prise</translation>
    </message>
    <message>
        <source>Offline copy written to {path}: work on it anywhere, then bring it back with File &gt; Merge while this shared operation is open.</source>
        <translation>Copie hors ligne écrite dans {path}&#xa0;: travaillez-y n&apos;importe où, puis ramenez-la avec Fichier &gt; Fusionner pendant que cette opération partagée est ouverte.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Change organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>This looks like an organisation already in the register: {names}. Press OK again to keep it anyway, or Cancel.</source>
        <translation>Cette organisation semble déjà figurer dans le registre&#xa0;: {names}. Appuyez de nouveau sur OK pour la conserver malgré tout, ou sur Annuler.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Danish Refugee Council</source>
        <translation>p. ex. Conseil danois pour les réfugiés</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigle&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. DRC</source>
        <translation>p. ex. DRC</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>International organisation identifier, e.g. XM-DAC-41121</source>
        <translation>Identifiant international de l&apos;organisation, p. ex. XM-DAC-41121</translation>
    </message>
    <message>
        <source>&amp;Focal point:</source>
        <translation>&amp;Point focal&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Focal point&apos;s &amp;role:</source>
        <translation>&amp;Rôle du point focal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last confirmed:</source>
        <translation>Dernière confir&amp;mation :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The day the organisation last confirmed what is recorded</source>
        <translation>Le jour où l&apos;organisation a confirmé pour la dernière fois ce qui est enregistré</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; est chiffré. Tapez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{message} (tries left: {count})</source>
        <translation>{message} (essais restants&#xa0;: {count})</translation>
    </message>
    <message>
        <source>Encrypted operation</source>
        <translation>Opération chiffrée</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Add action plan {title}</source>
        <translation>Ajout du plan d&apos;action {title}</translation>
    </message>
    <message>
        <source>Change plan details</source>
        <translation>Modification des détails du plan</translation>
    </message>
    <message>
        <source>Delete plan {title}</source>
        <translation>Suppression du plan {title}</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajout d&apos;un groupe</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Modification d&apos;un groupe</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Suppression d&apos;un groupe</translation>
    </message>
    <message>
        <source>Add challenge</source>
        <translation>Ajout d&apos;un défi</translation>
    </message>
    <message>
        <source>Change challenge {number}</source>
        <translation>Modification du défi {number}</translation>
    </message>
    <message>
        <source>Delete challenge {number}</source>
        <translation>Suppression du défi {number}</translation>
    </message>
    <message>
        <source>Move challenge {number}</source>
        <translation>Déplacement du défi {number}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>New action plan</source>
        <translation>Nouveau plan d&apos;action</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. PIM Lebanon Action Plan</source>
        <translation>p. ex. Plan d&apos;action PIM Mali</translation>
    </message>
    <message>
        <source>&amp;Workshop or meeting:</source>
        <translation>&amp;Atelier ou réunion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;acilitators:</source>
        <translation>&amp;Facilitateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Participating o&amp;rganisations:</source>
        <translation>&amp;Organisations participantes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PlansWorkspace</name>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>No action plan yet: New plan… starts one.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: Nouveau plan… permet d&apos;en créer un.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Team leader:&lt;/b&gt; {leader}&lt;br&gt;&lt;b&gt;Members:&lt;/b&gt; {members}</source>
        <translation>&lt;b&gt;Chef d&apos;équipe&#xa0;:&lt;/b&gt; {leader}&lt;br&gt;&lt;b&gt;Membres&#xa0;:&lt;/b&gt; {members}</translation>
    </message>
    <message numerus="yes">
        <source>%n challenge(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n défi, {overdue} en retard</numerusform>
            <numerusform>%n défis, {overdue} en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the plan {title} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>Supprimer le plan {title} avec %n défi&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
            <numerusform>Supprimer le plan {title} et ses %n défis&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the group {theme} with its %n challenge(s)? (Edit &gt; Undo brings it back.)</source>
        <translation>
            <numerusform>Supprimer le groupe {theme} avec %n défi&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
            <numerusform>Supprimer le groupe {theme} et ses %n défis&#xa0;? (Édition &gt; Annuler permet de revenir en arrière.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nouveau défi</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Your &amp;name in the change log:</source>
        <translation>Votre &amp;nom dans le journal des modifications :</translation>
    </message>
    <message>
        <source>Your name in the change log</source>
        <translation>Votre nom dans le journal des modifications</translation>
    </message>
    <message>
        <source>The window speaks the new language from the next start; exports use it at once.</source>
        <translation>La fenêtre passera à la nouvelle langue au prochain démarrage ; les exports l&apos;utilisent tout de suite.</translation>
    </message>
</context>
<context>
    <name>ProcessController</name>
    <message>
        <source>Update {step}</source>
        <translation>Mise à jour de « {step} »</translation>
    </message>
    <message>
        <source>Review {system}</source>
        <translation>Revue de « {system} »</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>PIM Pro&amp;cess</source>
        <translation>Pr&amp;ocessus PIM</translation>
    </message>
    <message>
        <source>Steps of the PIM Process</source>
        <translation>Étapes du Processus PIM</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>R&amp;esponsable :</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Commencée &amp;le :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>&amp;Justificatifs :</translation>
    </message>
    <message>
        <source>Review the Selected S&amp;ystem…</source>
        <translation>Re&amp;voir le système sélectionné…</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Terminée le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>A file path or a reference, one a line</source>
        <translation>Un chemin de fichier ou une référence, un par ligne</translation>
    </message>
    <message>
        <source>Responsible-data &amp;review</source>
        <translation>&amp;Revue de la gestion responsable des données</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Ce qui demande de l&apos;attention</translation>
    </message>
    <message>
        <source>Reviews of the information systems</source>
        <translation>Revues des systèmes d&apos;information</translation>
    </message>
</context>
<context>
    <name>ProcessWorkspace</name>
    <message>
        <source>The operation stands at: &lt;b&gt;{step}&lt;/b&gt;</source>
        <translation>L&apos;opération en est à : &lt;b&gt;{step}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All four steps of the PIM Process are done.</source>
        <translation>Les quatre étapes du Processus PIM sont terminées.</translation>
    </message>
    <message>
        <source>{step}: not stored. {reason}</source>
        <translation>{step} : non enregistré. {reason}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message numerus="yes">
        <source>{reviewed} of %n system(s) reviewed</source>
        <translation>
            <numerusform>{reviewed} sur %n système revu</numerusform>
            <numerusform>{reviewed} sur %n systèmes revus</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande de l&apos;attention</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>PIM Principles most often not met</source>
        <translation>Principes PIM le plus souvent non respectés</translation>
    </message>
    <message>
        <source>not met {not_met}, partly {partly}</source>
        <translation>non respecté {not_met}, en partie {partly}</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>A core protection category.</source>
        <translation>Une catégorie de protection principale.</translation>
    </message>
    <message>
        <source>A related category.</source>
        <translation>Une catégorie connexe.</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l&apos;instant)</translation>
    </message>
    <message>
        <source>No system mapped yet.</source>
        <translation>Aucun système cartographié pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Systems in this operation</source>
        <translation>Systèmes de cette opération</translation>
    </message>
    <message>
        <source>Read across the eight categories.</source>
        <translation>Lecture transversale des huit catégories.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type a few words about the data you need, e.g. &lt;i&gt;figures on returns&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Saisissez quelques mots sur les données dont vous avez besoin, p. ex. &lt;i&gt;chiffres sur les retours&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing in the matrix or the mapped systems speaks of that. Try other words.</source>
        <translation>Rien dans la matrice ni dans les systèmes cartographiés n&apos;en parle. Essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Categories whose matrix speaks of it</source>
        <translation>Catégories dont la matrice en parle</translation>
    </message>
    <message>
        <source>Systems that could be the source</source>
        <translation>Systèmes qui pourraient en être la source</translation>
    </message>
    <message>
        <source>No mapped system matches yet.</source>
        <translation>Aucun système cartographié ne correspond pour l&apos;instant.</translation>
    </message>
    <message>
        <source>no organisation recorded</source>
        <translation>aucune organisation enregistrée</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Import from {source}</source>
        <translation>Import depuis {source}</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>Fusion de {file}</translation>
    </message>
    <message>
        <source>Add organisation {name}</source>
        <translation>Ajout de l&apos;organisation {name}</translation>
    </message>
    <message>
        <source>Change organisation {name}</source>
        <translation>Modification de l&apos;organisation {name}</translation>
    </message>
    <message>
        <source>Delete organisation {name}</source>
        <translation>Suppression de l&apos;organisation {name}</translation>
    </message>
    <message>
        <source>Add system {name}</source>
        <translation>Ajout du système {name}</translation>
    </message>
    <message>
        <source>Change system {name}</source>
        <translation>Modification du système {name}</translation>
    </message>
    <message>
        <source>Delete system {name}</source>
        <translation>Suppression du système {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; is backed up when it is opened and before imports, merges and upgrades; the newest {count} backups are kept, none older than {days} days. The backup you restore takes the file&apos;s place, and the file as it is now is backed up first.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; est sauvegardé à l&apos;ouverture et avant les imports, fusions et mises à niveau&#xa0;; les {count} sauvegardes les plus récentes sont gardées, aucune de plus de {days} jours. La sauvegarde restaurée prend la place du fichier, et le fichier tel qu&apos;il est maintenant est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Backups of this operation, newest first:</source>
        <translation>&amp;Sauvegardes de cette opération, les plus récentes d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>Backups of this operation</source>
        <translation>Sauvegardes de cette opération</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>&lt;b&gt;{system}&lt;/b&gt; · sensitivity: {level}</source>
        <translation>&lt;b&gt;{system}&lt;/b&gt; · sensibilité : {level}</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>PIM Principle</source>
        <translation>Principe PIM</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating of {principle}</source>
        <translation>Appréciation de « {principle} »</translation>
    </message>
    <message>
        <source>Responsible-data review</source>
        <translation>Revue de la gestion responsable des données</translation>
    </message>
    <message>
        <source>&amp;Holds personal data:</source>
        <translation>&amp;Contient des données personnelles :</translation>
    </message>
    <message>
        <source>&amp;Risk assessment done on:</source>
        <translation>Évaluation des &amp;risques faite le :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>How informed &amp;consent is obtained:</source>
        <translation>Obtention du c&amp;onsentement éclairé :</translation>
    </message>
    <message>
        <source>Sharing protocol or &amp;agreement:</source>
        <translation>Protocole ou &amp;accord de partage :</translation>
    </message>
    <message>
        <source>Agreed &amp;on:</source>
        <translation>Conclu &amp;le :</translation>
    </message>
    <message>
        <source>To be re&amp;viewed on:</source>
        <translation>À ré&amp;viser le :</translation>
    </message>
    <message>
        <source>This review &amp;made on:</source>
        <translation>Revue &amp;faite le :</translation>
    </message>
    <message>
        <source>The PIM Principles, rated</source>
        <translation>Les Principes PIM, appréciés</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>SharedOperation</name>
    <message>
        <source>type the server&apos;s name, or the folder of its socket</source>
        <translation>saisissez le nom du serveur, ou le dossier de son socket local</translation>
    </message>
    <message>
        <source>type the database of the operation</source>
        <translation>saisissez la base de données de l&apos;opération</translation>
    </message>
    <message>
        <source>type your user name on the server</source>
        <translation>saisissez votre nom d&apos;utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>choose the root certificate, the certificate of the authority that signed the server&apos;s (its administrator gives it)</source>
        <translation>choisissez le certificat racine, celui de l&apos;autorité qui a signé le certificat du serveur (son administrateur vous le donne)</translation>
    </message>
    <message>
        <source>{address} is not a server address: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>{address} n&apos;est pas une adresse de serveur&#xa0;: postgresql://UTILISATEUR@HÔTE:PORT/BASE</translation>
    </message>
    <message>
        <source>a password is never part of the address (others could read it): type it in its own box</source>
        <translation>un mot de passe ne fait jamais partie de l&apos;adresse (d&apos;autres pourraient le lire)&#xa0;: saisissez-le dans sa propre case</translation>
    </message>
    <message>
        <source>the address asks for sslmode={mode}, which is not offered here: use prefer, require or verify-full</source>
        <translation>l&apos;adresse demande sslmode={mode}, qui n&apos;est pas proposé ici&#xa0;: utilisez prefer, require ou verify-full</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>This computer has no keyring: your password will be asked each time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés&#xa0;: votre mot de passe vous sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep your password: it will be asked next time.</source>
        <translation>Le trousseau de clés de cet ordinateur n&apos;a pas gardé votre mot de passe&#xa0;: il vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not forget your password: remove “{entry}” in its manager.</source>
        <translation>Le trousseau de clés de cet ordinateur n&apos;a pas oublié votre mot de passe&#xa0;: supprimez «&#xa0;{entry}&#xa0;» dans son gestionnaire.</translation>
    </message>
</context>
<context>
    <name>SharedOperationDialog</name>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation>Chiffrement si le serveur le propose</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrement exigé</translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked</source>
        <translation>Chiffrement exigé, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The root certificate</source>
        <translation>Le certificat racine</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the root certificate {file} cannot be found</source>
        <translation>le certificat racine {file} est introuvable</translation>
    </message>
    <message>
        <source>Open a shared operation</source>
        <translation>Ouvrir une opération partagée</translation>
    </message>
    <message>
        <source>Paste the operation&apos;s address as its administrator gave it, or fill in the server, the database and your user name.</source>
        <translation>Collez l&apos;adresse de l&apos;opération telle que son administrateur vous l&apos;a donnée, ou indiquez le serveur, la base de données et votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>db.example.org, or the folder of a local socket</source>
        <translation>db.example.org, ou le dossier d&apos;un socket local</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Root &amp;certificate:</source>
        <translation>Certificat rac&amp;ine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember my password in this computer&apos;s keyring</source>
        <translation>&amp;Retenir mon mot de passe dans le trousseau de clés de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>a command or a key</source>
        <translation>une commande ou une touche</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Rechercher une commande ou une touche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by menu and view</source>
        <translation>Raccourcis clavier par menu et par vue</translation>
    </message>
    <message>
        <source>No command or key matches.</source>
        <translation>Aucune commande ni touche ne correspond.</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>Country (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <source>Admin 1 P-code</source>
        <translation>P-code Admin 1</translation>
    </message>
    <message>
        <source>Admin 2</source>
        <translation>Admin 2</translation>
    </message>
    <message>
        <source>Admin 2 P-code</source>
        <translation>P-code Admin 2</translation>
    </message>
    <message>
        <source>Change information system</source>
        <translation>Modifier le système d&apos;information</translation>
    </message>
    <message>
        <source>Add information system</source>
        <translation>Ajouter un système d&apos;information</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>(choisissez une catégorie)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Choose an organisation of the register (add it there first).</source>
        <translation>Choisissez une organisation du registre (ajoutez-la d&apos;abord au registre).</translation>
    </message>
    <message>
        <source>(choose the system&apos;s category first)</source>
        <translation>(choisissez d&apos;abord la catégorie du système)</translation>
    </message>
    <message>
        <source>Another system of the register has this name. Press OK again to keep it anyway (two organisations may run systems of one name), or change the name.</source>
        <translation>Un autre système du registre porte ce nom. Appuyez de nouveau sur OK pour le conserver malgré tout (deux organisations peuvent gérer des systèmes de même nom), ou modifiez le nom.</translation>
    </message>
    <message>
        <source>Information system</source>
        <translation>Système d&apos;information</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Protection monitoring in the South</source>
        <translation>p. ex. Monitoring de protection dans le Sud</translation>
    </message>
    <message>
        <source>PIM &amp;category:</source>
        <translation>&amp;Catégorie PIM&#xa0;:</translation>
    </message>
    <message>
        <source>Also &amp;in:</source>
        <translation>Aussi &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Date de dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last confirmed:</source>
        <translation>De&amp;rnière confirmation :</translation>
    </message>
    <message>
        <source>The day the system&apos;s owner last confirmed what is recorded</source>
        <translation>Le jour où le propriétaire du système a confirmé pour la dernière fois ce qui est enregistré</translation>
    </message>
    <message>
        <source>Sensitivit&amp;y:</source>
        <translation>Sens&amp;ibilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>Orga&amp;nisation:</source>
        <translation>Org&amp;anisation&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utputs:</source>
        <translation>&amp;Résultats&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;haring and contact</source>
        <translation>Partage et co&amp;ntact</translation>
    </message>
    <message>
        <source>Shared w&amp;ith:</source>
        <translation>Partagées a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Monthly, Continuous</source>
        <translation>p. ex. Mensuelle, Continue</translation>
    </message>
    <message>
        <source>&amp;Population groups:</source>
        <translation>Groupes de popu&amp;lation&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Refugees, host community</source>
        <translation>p. ex. Réfugiés, communauté hôte</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Organisations running the system</source>
        <translation>Organisations qui gèrent le système</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;What it produces</source>
        <translation>Ce qu&apos;il &amp;produit</translation>
    </message>
    <message>
        <source>One item a line. Items picked from the matrix (or typed exactly as there) are linked to the operation&apos;s matrix.</source>
        <translation>Un élément par ligne. Les éléments choisis dans la matrice (ou saisis exactement comme dans celle-ci) sont liés à la matrice de l&apos;opération.</translation>
    </message>
    <message>
        <source>Su&amp;b-categories:</source>
        <translation>&amp;Sous-catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Pick from the matrix…</source>
        <translation>Choisir dans la matrice…</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>&amp;Méthodes&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;verage</source>
        <translation>Co&amp;uverture</translation>
    </message>
    <message>
        <source>One area a row. Leave admin 1 empty for the whole country, admin 2 empty for all of admin 1. P-codes are optional.</source>
        <translation>Une zone par ligne. Laissez admin 1 vide pour tout le pays, et admin 2 vide pour tout l&apos;admin 1. Les P-codes sont facultatifs.</translation>
    </message>
    <message>
        <source>Areas covered</source>
        <translation>Zones couvertes</translation>
    </message>
    <message>
        <source>Add a&amp;rea</source>
        <translation>Ajouter une &amp;zone</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Retirer la zone</translation>
    </message>
    <message>
        <source>&amp;Data shared:</source>
        <translation>&amp;Données partagées&#xa0;:</translation>
    </message>
    <message>
        <source>Under &amp;agreement:</source>
        <translation>En vertu d&apos;un &amp;accord&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Data-sharing agreement with MoSA (2019)</source>
        <translation>p. ex. Accord de partage de données avec le ministère des Affaires sociales (2019)</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;e-mail:</source>
        <translation>E-&amp;mail du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>&amp;Téléphone du contact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>UndoableController</name>
    <message>
        <source>This file is read-only: nothing can be changed.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>The change was saved, but it cannot be undone ({reason}). Earlier changes cannot be undone either; File &gt; Restore from Backup has the file as it was when it was opened.</source>
        <translation>La modification est enregistrée, mais elle ne peut pas être annulée ({reason}). Les modifications précédentes ne peuvent plus être annulées non plus&#xa0;; Fichier &gt; Restaurer depuis une sauvegarde contient le fichier tel qu&apos;il était à son ouverture.</translation>
    </message>
</context>
<context>
    <name>ViewKeys</name>
    <message>
        <source>PIM Matrix</source>
        <translation>Matrice PIM</translation>
    </message>
    <message>
        <source>PIM Matrix: a cell&apos;s entries in the side panel</source>
        <translation>Matrice PIM&#xa0;: les entrées d&apos;une cellule, dans le panneau latéral</translation>
    </message>
    <message>
        <source>Spotlight on a category or a row</source>
        <translation>Projecteur sur une catégorie ou une ligne</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Cartographie</translation>
    </message>
    <message>
        <source>Information system dialog</source>
        <translation>Fenêtre d&apos;un système d&apos;information</translation>
    </message>
    <message>
        <source>Action plans: challenges</source>
        <translation>Plans d&apos;action&#xa0;: défis</translation>
    </message>
    <message>
        <source>Action plans: follow-up</source>
        <translation>Plans d&apos;action&#xa0;: suivi</translation>
    </message>
    <message>
        <source>Every view</source>
        <translation>Toutes les vues</translation>
    </message>
    <message>
        <source>Edit the cell in the side panel</source>
        <translation>Modifier la cellule dans le panneau latéral</translation>
    </message>
    <message>
        <source>In the Find box: the next cell that matches</source>
        <translation>Dans la zone de recherche&#xa0;: la cellule correspondante suivante</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Change the selected entry</source>
        <translation>Modifier l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Supprimer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected entry up</source>
        <translation>Monter l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected entry down</source>
        <translation>Descendre l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>The next category (Left when the window reads right to left)</source>
        <translation>La catégorie suivante (Gauche quand la fenêtre se lit de droite à gauche)</translation>
    </message>
    <message>
        <source>The previous category (Right when the window reads right to left)</source>
        <translation>La catégorie précédente (Droite quand la fenêtre se lit de droite à gauche)</translation>
    </message>
    <message>
        <source>The next row</source>
        <translation>La ligne suivante</translation>
    </message>
    <message>
        <source>The previous row</source>
        <translation>La ligne précédente</translation>
    </message>
    <message>
        <source>The next category or row (a presenter&apos;s remote)</source>
        <translation>La catégorie ou la ligne suivante (télécommande de présentation)</translation>
    </message>
    <message>
        <source>The previous category or row (a presenter&apos;s remote)</source>
        <translation>La catégorie ou la ligne précédente (télécommande de présentation)</translation>
    </message>
    <message>
        <source>Organisations, Information systems: edit the selected one</source>
        <translation>Organisations, Systèmes d&apos;information&#xa0;: modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Organisations × categories, Gaps and overlaps: open the cell&apos;s first system</source>
        <translation>Organisations × catégories, Lacunes et chevauchements&#xa0;: ouvrir le premier système de la cellule</translation>
    </message>
    <message>
        <source>In the organisation box: add the organisation typed</source>
        <translation>Dans la zone Organisation&#xa0;: ajouter l&apos;organisation saisie</translation>
    </message>
    <message>
        <source>Change the selected cell: type over it</source>
        <translation>Modifier la cellule sélectionnée&#xa0;: saisir par-dessus</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie au clavier</translation>
    </message>
    <message>
        <source>Keep the cell and go to the next or previous one</source>
        <translation>Garder la cellule et passer à la suivante ou à la précédente</translation>
    </message>
    <message>
        <source>In the action points: start a new line</source>
        <translation>Dans les points d&apos;action&#xa0;: commencer une nouvelle ligne</translation>
    </message>
    <message>
        <source>Open the challenge in its plan</source>
        <translation>Ouvrir le défi dans son plan</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zoomer ou dézoomer</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+molette de la souris</translation>
    </message>
</context>
</TS>
