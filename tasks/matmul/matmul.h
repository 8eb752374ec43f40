// The candidate's entry point for the matmul example task.
//
// C = A · B for square row-major float32 matrices of size n × n (n >= 1, any value: no multiple
// of a tile size is assumed). A, B and C do not alias. C is fully overwritten.
#pragma once

void matmul(const float* A, const float* B, float* C, int n);
