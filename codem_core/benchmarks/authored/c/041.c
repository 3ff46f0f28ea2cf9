//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
int car_race_collision(int n) {
//@@ solution
    return n * n;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(car_race_collision(2) == 4);
    }
    {
        assert(car_race_collision(3) == 9);
    }
    {
        assert(car_race_collision(4) == 16);
    }
    {
        assert(car_race_collision(8) == 64);
    }
    {
        assert(car_race_collision(10) == 100);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed car_race_collision.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
