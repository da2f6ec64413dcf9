/**
 * The polling consumers of the mws component: {@link org.apache.camel.component.mws.consumer.MwsConsumer} polls a
 * listing action in windows that start at a checkpoint, and moves the checkpoint only once every exchange of a window
 * completed. Each consumable action is a {@link org.apache.camel.component.mws.consumer.ListingSpec}.
 */
package org.apache.camel.component.mws.consumer;
