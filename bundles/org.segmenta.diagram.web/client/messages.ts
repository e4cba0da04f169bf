/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */

/*
 * The page's own words (toolbar, context menu, notices), in the workbench's languages. The
 * language is the page's `lang` parameter (the server passes the workbench's), else the browser's;
 * English where neither is one of these. Names from the diagram descriptions (tools, layers) come
 * from the server as they are.
 */
const english = {
    layers: 'Layers',
    filters: 'Filters',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit to window',
    actualSizeTitle: 'Actual size (100 %)',
    arrangeAll: 'Arrange all',
    export: 'Export',
    exportSvg: 'Export image as SVG',
    exportPng: 'Export image as PNG',
    rename: 'Rename',
    deleteFromModel: 'Delete from model',
    removeFromList: 'Remove from the list',
    copy: 'Copy',
    paste: 'Paste',
    duplicate: 'Duplicate',
    removeFromDiagram: 'Remove from diagram',
    hide: 'Hide',
    hideLabel: 'Hide label',
    showHidden: 'Show hidden elements…',
    pin: 'Pin',
    unpin: 'Unpin',
    hiddenElements: 'Hidden elements',
    nothingHidden: 'Nothing is hidden in this diagram.',
    showChecked: 'Show',
    showAll: 'Show all',
    align: 'Align',
    alignLeft: 'Left edges',
    alignCenter: 'Centres',
    alignRight: 'Right edges',
    alignTop: 'Top edges',
    alignMiddle: 'Middles',
    alignBottom: 'Bottom edges',
    distribute: 'Distribute',
    distributeHorizontally: 'Horizontally, equal gaps',
    distributeVertically: 'Vertically, equal gaps',
    newElement: 'New',
    connect: 'Connect',
    toolbar: 'Diagram toolbar',
    close: 'Close'
};

export type MessageKey = keyof typeof english;

const translations: Record<string, Record<MessageKey, string>> = {
    en: english,
    da: {
        layers: 'Lag',
        filters: 'Filtre',
        zoomIn: 'Zoom ind',
        zoomOut: 'Zoom ud',
        fit: 'Tilpas til vinduet',
        actualSizeTitle: 'Faktisk størrelse (100 %)',
        arrangeAll: 'Arranger alle',
        export: 'Eksportér',
        exportSvg: 'Eksportér billede som SVG',
        exportPng: 'Eksportér billede som PNG',
        rename: 'Omdøb',
        deleteFromModel: 'Slet fra modellen',
        removeFromList: 'Fjern fra listen',
        copy: 'Kopiér',
        paste: 'Indsæt',
        duplicate: 'Duplikér',
        removeFromDiagram: 'Fjern fra diagrammet',
        hide: 'Skjul',
        hideLabel: 'Skjul etiket',
        showHidden: 'Vis skjulte elementer…',
        pin: 'Fastgør',
        unpin: 'Frigør',
        hiddenElements: 'Skjulte elementer',
        nothingHidden: 'Intet er skjult i dette diagram.',
        showChecked: 'Vis',
        showAll: 'Vis alle',
        align: 'Justér',
        alignLeft: 'Venstre kanter',
        alignCenter: 'Midter (vandret)',
        alignRight: 'Højre kanter',
        alignTop: 'Øverste kanter',
        alignMiddle: 'Midter (lodret)',
        alignBottom: 'Nederste kanter',
        distribute: 'Fordel',
        distributeHorizontally: 'Vandret, lige store mellemrum',
        distributeVertically: 'Lodret, lige store mellemrum',
        newElement: 'Ny',
        connect: 'Forbind',
        toolbar: 'Diagrammets værktøjslinje',
        close: 'Luk'
    },
    sv: {
        layers: 'Lager',
        filters: 'Filter',
        zoomIn: 'Zooma in',
        zoomOut: 'Zooma ut',
        fit: 'Anpassa till fönstret',
        actualSizeTitle: 'Verklig storlek (100 %)',
        arrangeAll: 'Ordna alla',
        export: 'Exportera',
        exportSvg: 'Exportera bild som SVG',
        exportPng: 'Exportera bild som PNG',
        rename: 'Byt namn',
        deleteFromModel: 'Ta bort från modellen',
        removeFromList: 'Ta bort från listan',
        copy: 'Kopiera',
        paste: 'Klistra in',
        duplicate: 'Duplicera',
        removeFromDiagram: 'Ta bort från diagrammet',
        hide: 'Dölj',
        hideLabel: 'Dölj etikett',
        showHidden: 'Visa dolda element…',
        pin: 'Fäst',
        unpin: 'Lossa',
        hiddenElements: 'Dolda element',
        nothingHidden: 'Inget är dolt i det här diagrammet.',
        showChecked: 'Visa',
        showAll: 'Visa alla',
        align: 'Justera',
        alignLeft: 'Vänsterkanter',
        alignCenter: 'Mitten (vågrätt)',
        alignRight: 'Högerkanter',
        alignTop: 'Överkanter',
        alignMiddle: 'Mitten (lodrätt)',
        alignBottom: 'Nederkanter',
        distribute: 'Fördela',
        distributeHorizontally: 'Vågrätt, lika stora mellanrum',
        distributeVertically: 'Lodrätt, lika stora mellanrum',
        newElement: 'Ny',
        connect: 'Koppla',
        toolbar: 'Diagrammets verktygsfält',
        close: 'Stäng'
    },
    fi: {
        layers: 'Tasot',
        filters: 'Suodattimet',
        zoomIn: 'Lähennä',
        zoomOut: 'Loitonna',
        fit: 'Sovita ikkunaan',
        actualSizeTitle: 'Todellinen koko (100 %)',
        arrangeAll: 'Järjestä kaikki',
        export: 'Vie',
        exportSvg: 'Vie kuva SVG-muodossa',
        exportPng: 'Vie kuva PNG-muodossa',
        rename: 'Nimeä uudelleen',
        deleteFromModel: 'Poista mallista',
        removeFromList: 'Poista luettelosta',
        copy: 'Kopioi',
        paste: 'Liitä',
        duplicate: 'Monista',
        removeFromDiagram: 'Poista kaaviosta',
        hide: 'Piilota',
        hideLabel: 'Piilota nimiö',
        showHidden: 'Näytä piilotetut osat…',
        pin: 'Kiinnitä',
        unpin: 'Irrota',
        hiddenElements: 'Piilotetut osat',
        nothingHidden: 'Tässä kaaviossa ei ole piilotettuja osia.',
        showChecked: 'Näytä',
        showAll: 'Näytä kaikki',
        align: 'Tasaa',
        alignLeft: 'Vasemmat reunat',
        alignCenter: 'Keskikohdat (vaaka)',
        alignRight: 'Oikeat reunat',
        alignTop: 'Yläreunat',
        alignMiddle: 'Keskikohdat (pysty)',
        alignBottom: 'Alareunat',
        distribute: 'Jaa tasavälein',
        distributeHorizontally: 'Vaakasuunnassa',
        distributeVertically: 'Pystysuunnassa',
        newElement: 'Uusi',
        connect: 'Yhdistä',
        toolbar: 'Kaavion työkalurivi',
        close: 'Sulje'
    }
};

function pageLanguage(): string {
    const requested = new URLSearchParams(window.location.search).get('lang') ?? navigator.language ?? 'en';
    const language = requested.toLowerCase().split(/[-_]/)[0];
    return language in translations ? language : 'en';
}

const chosen = translations[pageLanguage()];

/** The text of {@code key} in the page's language. */
export function message(key: MessageKey): string {
    return chosen[key];
}
