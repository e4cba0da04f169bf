/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import java.util.Locale;

import org.eclipse.emf.common.notify.Adapter;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.Level;
import org.segmenta.model.MembershipRule;
import org.segmenta.model.NamedElement;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.edit.internal.SegmentaEditPlugin;
import org.segmenta.model.provider.CommunityOverlapItemProvider;
import org.segmenta.model.provider.JourneyQuestionItemProvider;
import org.segmenta.model.provider.LevelItemProvider;
import org.segmenta.model.provider.MembershipRuleItemProvider;
import org.segmenta.model.provider.ProfileEntryItemProvider;
import org.segmenta.model.provider.SegmentaItemProviderAdapterFactory;

/**
 * The item providers the workbench uses: the generated ones, with labels that say what the
 * unnamed elements mean ("Overlap with Safety net: 336 members, Jaccard 0.21") instead of a
 * class name and a number. Kept out of the generated code so that regeneration cannot lose it.
 */
public class SegmentaEditAdapterFactory extends SegmentaItemProviderAdapterFactory {

	@Override
	public Adapter createCommunityOverlapAdapter() {
		if (communityOverlapItemProvider == null) {
			communityOverlapItemProvider = new CommunityOverlapItemProvider(this) {
				@Override
				public String getText(Object object) {
					CommunityOverlap overlap = (CommunityOverlap) object;
					return label("_UI_CommunityOverlap_label", name(overlap.getOther()),
							Integer.toString(overlap.getSharedMembers()), decimals(overlap.getJaccard(), "%.2f"));
				}
			};
		}
		return communityOverlapItemProvider;
	}

	@Override
	public Adapter createProfileEntryAdapter() {
		if (profileEntryItemProvider == null) {
			profileEntryItemProvider = new ProfileEntryItemProvider(this) {
				@Override
				public String getText(Object object) {
					ProfileEntry entry = (ProfileEntry) object;
					String level = entry.getLevel() == null || entry.getLevel().isBlank() ? "" : ": " + entry.getLevel();
					return label("_UI_ProfileEntry_label", name(entry.getVariable()), level,
							decimals(entry.getSegmentValue(), "%.3g"), decimals(entry.getTotalValue(), "%.3g"),
							decimals(entry.index(), "%.0f"));
				}
			};
		}
		return profileEntryItemProvider;
	}

	@Override
	public Adapter createJourneyQuestionAdapter() {
		if (journeyQuestionItemProvider == null) {
			journeyQuestionItemProvider = new JourneyQuestionItemProvider(this) {
				@Override
				public String getText(Object object) {
					JourneyQuestion question = (JourneyQuestion) object;
					return name(question.getStage()) + ": " + nullToEmpty(question.getQuestion());
				}
			};
		}
		return journeyQuestionItemProvider;
	}

	@Override
	public Adapter createMembershipRuleAdapter() {
		if (membershipRuleItemProvider == null) {
			membershipRuleItemProvider = new MembershipRuleItemProvider(this) {
				@Override
				public String getText(Object object) {
					MembershipRule rule = (MembershipRule) object;
					return label("_UI_MembershipRule_label", name(rule.getVariable()),
							SegmentaEditPlugin.INSTANCE.getString("_UI_MembershipRule_" + rule.getOperator().getName()),
							nullToEmpty(rule.getValue()));
				}
			};
		}
		return membershipRuleItemProvider;
	}

	@Override
	public Adapter createLevelAdapter() {
		if (levelItemProvider == null) {
			levelItemProvider = new LevelItemProvider(this) {
				@Override
				public String getText(Object object) {
					Level level = (Level) object;
					return label("_UI_Level_label", nullToEmpty(level.getCode()), nullToEmpty(level.getLabel()));
				}
			};
		}
		return levelItemProvider;
	}

	/**
	 * The label pattern {@code key} of plugin.properties (translated by the NLS fragments) with
	 * {@code parts} filled in; the parts are text already, so the pattern formats no number itself.
	 */
	private static String label(String key, String... parts) {
		return SegmentaEditPlugin.INSTANCE.getString(key, parts);
	}

	/** A number in the workbench's language, {@code 0,21} in Danish; {@code format} as for String.format. */
	private static String decimals(double value, String format) {
		return String.format(Locale.getDefault(Locale.Category.FORMAT), format, value);
	}

	private static String name(NamedElement element) {
		return element == null || element.getName() == null ? "?" : element.getName();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
